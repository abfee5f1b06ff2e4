#include "critique/critic.h"
#include "critique/findinggroups.h"
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

void appendHeader(std::string& out, const Finding& finding, const Style& style) {
    out += "  " + std::string(style.severity(finding.severity)) +
           std::string(toString(finding.severity)) + std::string(style.reset()) + "  " +
           std::string(style.bold()) + std::string(finding.title()) + std::string(style.reset()) +
           "  " + std::string(style.dim()) + std::string(finding.rule) +
           std::string(style.reset()) + "\n";
}

void appendFinding(std::string& out, const CritiqueInput& input, const Finding& finding,
                   const Style& style) {
    appendHeader(out, finding, style);
    if (!finding.target.empty())
        out += "    on: " + targetText(input, finding.target) + "\n";
    out += "    " + text::printableText(finding.message) + "\n";
    out += "    fix: " + std::string(finding.fix()) + "\n";
    if (finding.accepted)
        out += "    accepted: " + text::printableText(finding.reason) + "\n";
    out += "\n";
}

// One cause with several targets: one block, as the Critique dock shows it.
void appendCause(std::string& out, const CritiqueInput& input,
                 std::span<const std::uint32_t> members, const Style& style) {
    const Finding& lead = input.findings[members.front()];
    appendHeader(out, lead, style);
    out += "    cause: " + targetText(input, lead.cause) + ", " + std::to_string(members.size()) +
           " targets\n";
    for (const std::uint32_t i : members) {
        const Finding& finding = input.findings[i];
        out += "    - on: " + targetText(input, finding.target) + "\n";
        out += "      " + text::printableText(finding.message) + "\n";
        if (finding.accepted)
            out += "      accepted: " + text::printableText(finding.reason) + "\n";
    }
    out += "    fix: " + std::string(lead.fix()) + "\n\n";
}

void appendGroup(std::string& out, const CritiqueInput& input, const FindingGroups& groups,
                 std::string_view heading, bool accepted, std::optional<Severity> severity,
                 const Style& style) {
    bool any = false;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto members = groups.members(g);
        const Finding& finding = input.findings[members.front()];
        if (finding.accepted != accepted || (severity && finding.severity != *severity))
            continue;
        if (!any)
            out += std::string(style.bold()) + std::string(heading) + std::string(style.reset()) +
                   "\n\n";
        any = true;
        if (members.size() == 1)
            appendFinding(out, input, finding, style);
        else
            appendCause(out, input, members, style);
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
        const FindingGroups groups(input.findings);
        const CritiqueSummary s = summarize(input.findings, groups);
        out += "  " + plural(s.errors, "error", "errors") + ", " +
               plural(s.warnings, "warning", "warnings") + ", " + plural(s.infos, "info", "info") +
               ", " + std::to_string(s.accepted) + " accepted\n\n";
        if (input.findings.empty()) {
            out += "  No findings.\n";
            continue;
        }
        appendGroup(out, input, groups, "Errors", false, Severity::Error, style);
        appendGroup(out, input, groups, "Warnings", false, Severity::Warning, style);
        appendGroup(out, input, groups, "Info", false, Severity::Info, style);
        appendGroup(out, input, groups, "Accepted", true, std::nullopt, style);
    }
    return out;
}

} // namespace archboard::cli
