#include "selectionsummary.h"

#include "model/design.h"
#include "widgets/document/designdocument.h"
#include "widgets/stringconvert.h"

#include <array>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr int kMaxListed = 12; // names listed before "…and N more"

// English plurals without a translation loaded; translators get both forms.
QString count(int n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

QString countText(ElementType type, int n) {
    using S = SelectionSummary;
    switch (type) {
    case ElementType::Component:
        return count(n, S::tr("1 component"), S::tr("%1 components"));
    case ElementType::Connection:
        return count(n, S::tr("1 connection"), S::tr("%1 connections"));
    case ElementType::Group:
        return count(n, S::tr("1 group"), S::tr("%1 groups"));
    case ElementType::Note:
        return count(n, S::tr("1 note"), S::tr("%1 notes"));
    case ElementType::Annotation:
        return count(n, S::tr("1 annotation"), S::tr("%1 annotations"));
    }
    return {};
}

QString describe(const Design& design, const ElementId& id) {
    const std::optional<AnyElement> element = design.element(id);
    QString text = toQString(id);
    if (!element)
        return text;
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, Connection>) {
                const Component* from = design.component(e.from);
                const Component* to = design.component(e.to);
                if (from && to)
                    text = SelectionSummary::tr("%1 \u2192 %2")
                               .arg(toQString(from->name.empty() ? from->id : from->name),
                                    toQString(to->name.empty() ? to->id : to->name));
            } else if constexpr (std::is_same_v<T, Note> || std::is_same_v<T, Annotation>) {
                if (!e.text.empty())
                    text = toQString(e.text).section(QLatin1Char('\n'), 0, 0);
            } else {
                if (!e.name.empty())
                    text = toQString(e.name);
            }
        },
        *element);
    return text;
}

} // namespace

SelectionSummary::SelectionSummary(DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("selectionSummary"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);
    m_list = new QLabel(this);
    m_list->setObjectName(QStringLiteral("selectionList"));
    m_list->setTextFormat(Qt::PlainText);
    m_list->setWordWrap(true);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_list);
    auto* hint = new QLabel(tr("Select one element to edit it."), this);
    hint->setObjectName(QStringLiteral("selectionHint"));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);
}

void SelectionSummary::showSelection(const std::vector<ElementId>& ids) {
    const Design& design = m_document->design();
    std::array<int, 5> counts{};
    QStringList names;
    for (const ElementId& id : ids) {
        if (const auto ref = design.find(id))
            ++counts[static_cast<std::size_t>(ref->type)];
        if (names.size() < kMaxListed)
            names.append(describe(design, id));
    }
    if (ids.size() > static_cast<std::size_t>(kMaxListed))
        names.append(tr("\u2026and %1 more").arg(ids.size() - kMaxListed));
    QStringList parts;
    for (std::size_t type = 0; type < counts.size(); ++type)
        if (counts[type] > 0)
            parts.append(countText(static_cast<ElementType>(type), counts[type]));
    const int n = static_cast<int>(ids.size());
    setFormHeading(m_heading, QIcon(), count(n, tr("1 item selected"), tr("%1 items selected")),
                   parts.join(tr(", ")));
    m_list->setText(names.join(QLatin1Char('\n')));
}

QString SelectionSummary::title() const {
    return m_heading.title->text();
}

} // namespace archboard
