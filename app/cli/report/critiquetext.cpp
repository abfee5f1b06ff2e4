#include "critique/critic.h"
#include "critiquereport.h"
#include "model/text/terminaltext.h"

#include <array>

namespace archboard::cli {

namespace {

// ANSI styles, empty without colour.
struct Style {
    bool on = false;
    std::string_view wrap(std::string_view code) const { return on ? code : std::string_view{}; }
    std::string_view bold() const { return wrap("\x1b[1m"); }
    std::string_view dim() const { return wrap("\x1b[2m"); }
    std::string_view reset() const { return wrap("\x1b[0m"); }
    std::string_view severity(Severity severity) const {
        switch (severity) {
        case Severity::Error:
            return wrap("\x1b[1;31m");
        case Severity::Warning:
            return wrap("\x1b[1;33m");
        case Severity::Info:
            break;
        }
        return wrap("\x1b[1;36m");
    }
};

std::string plural(int count, std::string_view one, std::string_view many) {
    return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

// Names, messages and reasons come from the design, which anyone may have
// written: shown as text, never as terminal controls (text::printableText).
std::string targetText(const CritiqueInput& input, const std::string& id) {
    const auto name = input.targetNames.find(id);
    if (name == input.targetNames.end() || name->second.empty())
        return text::printableText(id);
    return text::printableText(name->second + " (" + id + ")");
}

void appendFinding(std::string& out, const CritiqueInput& input, const Finding& finding,
                   const Style& style) {
    out += "  " + std::string(style.severity(finding.severity)) +
           std::string(toString(finding.severity)) + std::string(style.reset()) + "  " +
           std::string(style.bold()) + std::string(finding.title()) + std::string(style.reset()) +
           "  " + std::string(style.dim()) + std::string(finding.rule) +
           std::string(style.reset()) + "\n";
    if (!finding.target.empty())
        out += "    on: " + targetText(input, finding.target) + "\n";
    out += "    " + text::printableText(finding.message) + "\n";
    out += "    fix: " + std::string(finding.fix()) + "\n";
    if (finding.accepted)
        out += "    accepted: " + text::printableText(finding.reason) + "\n";
    out += "\n";
}

void appendGroup(std::string& out, const CritiqueInput& input, std::string_view heading,
                 bool accepted, std::optional<Severity> severity, const Style& style) {
    bool any = false;
    for (const Finding& finding : input.findings) {
        if (finding.accepted != accepted || (severity && finding.severity != *severity))
            continue;
        if (!any)
            out += std::string(style.bold()) + std::string(heading) + std::string(style.reset()) +
                   "\n\n";
        any = true;
        appendFinding(out, input, finding, style);
    }
}

} // namespace

std::string critiqueText(const std::vector<CritiqueInput>& inputs, bool colour) {
    const Style style{colour};
    std::string out;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const CritiqueInput& input = inputs[i];
        if (i > 0)
            out += "\n";
        out += std::string(style.bold()) + text::printableText(input.file) +
               std::string(style.reset());
        if (!input.title.empty())
            out += " — " + text::printableText(input.title);
        out += "\n";
        const CritiqueSummary s = summarize(input.findings);
        out += "  " + plural(s.errors, "error", "errors") + ", " +
               plural(s.warnings, "warning", "warnings") + ", " + plural(s.infos, "info", "info") +
               ", " + std::to_string(s.accepted) + " accepted\n\n";
        if (input.findings.empty()) {
            out += "  No findings.\n";
            continue;
        }
        appendGroup(out, input, "Errors", false, Severity::Error, style);
        appendGroup(out, input, "Warnings", false, Severity::Warning, style);
        appendGroup(out, input, "Info", false, Severity::Info, style);
        appendGroup(out, input, "Accepted", true, std::nullopt, style);
    }
    return out;
}

} // namespace archboard::cli
