#pragma once

#include <optional>
#include <string_view>

namespace archboard {

// The write rate a justification states, per second: "6k writes/s",
// "about 1,500 writes per second", "a few hundred follow writes/s", "a few
// writes per minute" (docs/spec/rules.md, "Load"). People write the load a
// store takes into its reason far more often than into a prop, and it is
// the one figure the drawing cannot give where the design's peak enters
// somewhere else (a crawler's pages come from its own loop, not its seed
// API). The first such phrase counts; none gives nothing.
std::optional<double> statedWriteRate(std::string_view justification);

} // namespace archboard
