#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace archboard {

struct Technology;

// The words of a text: maximal runs of letters and digits, lower-cased.
std::vector<std::string> justificationWords(std::string_view text);

// Whether a justification says nothing about the workload (docs/spec/rules.md,
// "Justification vocabulary"): no number and no workload term, and either
// short or made only of praise and filler. Words of `tech`, and of the name
// and aliases of its catalogue entry, count as filler only.
bool isWeakJustification(std::string_view justification, std::string_view tech,
                         const Technology* entry);

} // namespace archboard
