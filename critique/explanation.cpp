#include "explanation.h"

#include "critique/rulecatalogue.h"

namespace archboard {

namespace {

std::string quotedName(std::string_view id, const NameOf& nameOf) {
    return "\"" + nameOf(id) + "\"";
}

void replaceAll(std::string& text, std::string_view placeholder, const std::string& value) {
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
}

} // namespace

std::string fillNames(std::string_view text, const Finding& finding, const NameOf& nameOf) {
    std::string filled(text);
    if (filled.find('{') == std::string::npos)
        return filled;
    const std::string target =
        finding.target.empty() ? std::string("this design") : quotedName(finding.target, nameOf);
    const std::string cause = finding.cause.empty() ? target : quotedName(finding.cause, nameOf);
    replaceAll(filled, "{target}", target);
    replaceAll(filled, "{cause}", cause);
    return filled;
}

Explanation explain(const Finding& finding, const NameOf& nameOf) {
    Explanation explanation;
    explanation.title = finding.title();
    explanation.what = finding.message;
    if (const RuleText* text = RuleCatalogue::builtIn().text(finding.rule)) {
        explanation.why = fillNames(text->why, finding, nameOf);
        explanation.fix = fillNames(text->fix, finding, nameOf);
        explanation.followUp = fillNames(text->followUp, finding, nameOf);
    }
    return explanation;
}

} // namespace archboard
