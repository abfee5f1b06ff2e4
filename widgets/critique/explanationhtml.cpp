#include "explanationhtml.h"

#include "model/design.h"
#include "model/displayname.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("CritiqueDock", text);
}

QString escaped(std::string_view text) {
    return toQString(text).toHtmlEscaped();
}

} // namespace

std::string findingNameOf(const Design& design, std::string_view id) {
    const ElementId element(id);
    if (const Component* component = design.component(element))
        return displayName(*component);
    if (const Group* group = design.group(element))
        return displayName(*group);
    if (const Connection* connection = design.connection(element)) {
        if (!connection->label.empty())
            return connection->label;
        return componentDisplayName(design, connection->from) + " \u2192 " +
               componentDisplayName(design, connection->to);
    }
    return element;
}

QString explanationHtml(std::span<const Finding* const> findings, const Design& design) {
    if (findings.empty())
        return tr("<p>Select a finding to see why it matters and how to fix it.</p>");
    const NameOf nameOf = [&design](std::string_view id) { return findingNameOf(design, id); };
    const Finding& lead = *findings.front();
    const Explanation explanation = explain(lead, nameOf);
    QString html =
        QStringLiteral("<h3>%1</h3><p><small>%2 · %3</small></p>")
            .arg(escaped(explanation.title), escaped(lead.rule), escaped(toString(lead.severity)));
    if (findings.size() == 1) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(explanation.what));
        if (lead.accepted)
            html += tr("<p><b>Accepted:</b> %1</p>").arg(escaped(lead.reason));
    } else {
        html += tr("<p>One cause, <b>%1</b>, behind %2 findings:</p><ul>")
                    .arg(escaped(nameOf(lead.cause)))
                    .arg(findings.size());
        for (const Finding* finding : findings) {
            html += QStringLiteral("<li><b>%1</b>: %2")
                        .arg(escaped(nameOf(finding->target)), escaped(finding->message));
            if (finding->accepted)
                html += tr(" <i>Accepted: %1</i>").arg(escaped(finding->reason));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    if (!explanation.why.empty()) {
        html += tr("<p><b>Why it matters</b><br>%1</p>").arg(escaped(explanation.why));
        html += tr("<p><b>How to fix it</b><br>%1</p>").arg(escaped(explanation.fix));
        html += tr("<p><b>The interviewer asks</b><br><i>%1</i></p>")
                    .arg(escaped(explanation.followUp));
    }
    return html;
}

} // namespace archboard
