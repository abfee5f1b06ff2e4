#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archboard {

struct Technology;

// The words of a text: maximal runs of letters and digits, lower-cased.
std::vector<std::string> justificationWords(std::string_view text);

// Whether `words` (of justificationWords) hold a speculative phrase such as
// "in case we need to scale later", "future-proof", "industry standard" or
// "everyone uses it" (docs/spec/rules.md, "Justification vocabulary").
bool hasSpeculativePhrase(const std::vector<std::string>& words);

// Whether a justification says nothing about the workload (docs/spec/rules.md,
// "Justification vocabulary"): no number and no workload term, and either
// short, made only of praise and filler, or holding a speculative phrase. Words of `tech`, and of
// the name and aliases of its catalogue entry, count as filler only.
bool isWeakJustification(std::string_view justification, std::string_view tech,
                         const Technology* entry);

} // namespace archboard
