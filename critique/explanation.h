#pragma once

#include "critique/finding.h"

#include <functional>
#include <string>
#include <string_view>

namespace archboard {

// A finding explained for a candidate, in the design's own names: what the
// critic found, why it matters, how to fix it, and the question an
// interviewer would ask next. The catalogue's follow-up questions name their
// subject with placeholders (docs/spec/rules.md "Catalogue texts"), filled
// here.
struct Explanation {
    std::string title;
    std::string what; // the finding's message
    std::string why;
    std::string fix;
    std::string followUp;
};

// `nameOf` gives an element's display name by id.
using NameOf = std::function<std::string(std::string_view id)>;

Explanation explain(const Finding& finding, const NameOf& nameOf);

// `{target}` and `{cause}` in `text` as quoted names: the finding's target
// (else "this design") and its cause (else its target).
std::string fillNames(std::string_view text, const Finding& finding, const NameOf& nameOf);

} // namespace archboard
