#include "propertiesdock.h"

#include "componentform.h"
#include "connectionform.h"
#include "designinfoform.h"
#include "groupform.h"
#include "noteform.h"
#include "selectionsummary.h"
#include "widgets/document/designdocument.h"

#include <algorithm>
#include <QScrollArea>
#include <QVBoxLayout>

namespace archboard {

PropertiesDock::PropertiesDock(DesignDocument* document, QWidget* parent)
    : QDockWidget(tr("Properties"), parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this)) {
    setObjectName(QStringLiteral("propertiesDock"));
    setAccessibleName(tr("Properties"));

    // Pages share one column and only the current one is shown, so the
    // scroll range is the current page's height.
    auto* pages = new QWidget(m_scroll);
    pages->setObjectName(QStringLiteral("propertiesPages"));
    auto* layout = new QVBoxLayout(pages);
    layout->setContentsMargins(0, 0, 0, 0);
    m_designForm = new DesignInfoForm(document, pages);
    m_componentForm = new ComponentForm(document, pages);
    m_connectionForm = new ConnectionForm(document, pages);
    m_groupForm = new GroupForm(document, pages);
    m_noteForm = new NoteForm(document, pages);
    m_summary = new SelectionSummary(document, pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_designForm), static_cast<QWidget*>(m_componentForm),
          static_cast<QWidget*>(m_connectionForm), static_cast<QWidget*>(m_groupForm),
          static_cast<QWidget*>(m_noteForm), static_cast<QWidget*>(m_summary)}) {
        layout->addWidget(page);
        page->hide();
    }

    m_scroll->setObjectName(QStringLiteral("propertiesScroll"));
    m_scroll->setWidget(pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_scroll);

    connect(m_document, &DesignDocument::changed, this, &PropertiesDock::onDocumentChanged);
    showSelection();
}

QWidget* PropertiesDock::pageWidget(Page page) const {
    switch (page) {
    case Page::Design:
        return m_designForm;
    case Page::Component:
        return m_componentForm;
    case Page::Connection:
        return m_connectionForm;
    case Page::Group:
        return m_groupForm;
    case Page::Note:
        return m_noteForm;
    case Page::Summary:
        return m_summary;
    }
    return nullptr;
}

EditForm* PropertiesDock::editForm(Page page) const {
    return qobject_cast<EditForm*>(pageWidget(page)); // null for the read-only summary
}

void PropertiesDock::setTechnologySuggestions(const QStringList& technologies) {
    m_componentForm->setTechnologySuggestions(technologies);
}

void PropertiesDock::setSelection(const std::vector<ElementId>& ids) {
    if (!m_document)
        return;
    // What was typed belongs to what was selected when it was typed.
    if (EditForm* form = editForm(m_page)) {
        form->flushPendingText();
        form->endSession();
    }
    m_selection.clear();
    const Design& design = m_document->design();
    for (const ElementId& id : ids)
        if (design.contains(id) &&
            std::find(m_selection.begin(), m_selection.end(), id) == m_selection.end())
            m_selection.push_back(id);
    showSelection();
}

void PropertiesDock::onDocumentChanged(const DesignChange& change) {
    // Nothing here shows a position: a drag costs nothing.
    if (!change.reset && change.aspects == Aspect::Geometry && !change.designInfo)
        return;
    if (change.reset) {
        // Another design: typing meant for the old one must not land in it.
        for (const Page page :
             {Page::Design, Page::Component, Page::Connection, Page::Group, Page::Note})
            editForm(page)->discardPendingText();
    }
    const Design& design = m_document->design();
    const std::size_t before = m_selection.size();
    std::erase_if(m_selection, [&design](const ElementId& id) { return !design.contains(id); });
    if (m_selection.size() != before || change.reset) {
        showSelection();
        return;
    }
    if (m_page == Page::Summary)
        m_summary->showSelection(m_selection);
    else if (EditForm* form = editForm(m_page))
        form->refresh();
}

void PropertiesDock::showSelection() {
    const Design& design = m_document->design();
    Page page = Page::Summary;
    if (m_selection.empty()) {
        page = Page::Design;
    } else if (m_selection.size() == 1) {
        switch (design.find(m_selection.front())->type) {
        case ElementType::Component:
            page = Page::Component;
            break;
        case ElementType::Connection:
            page = Page::Connection;
            break;
        case ElementType::Group:
            page = Page::Group;
            break;
        case ElementType::Note:
            page = Page::Note;
            break;
        case ElementType::Annotation:
            page = Page::Summary;
            break;
        }
    }
    if (auto* form = qobject_cast<ElementForm*>(pageWidget(page)))
        form->setElementId(m_selection.front());
    else if (page == Page::Design)
        m_designForm->refresh();
    else
        m_summary->showSelection(m_selection);
    showPage(page);
}

void PropertiesDock::showPage(Page page) {
    if (page == m_page && pageWidget(page)->isVisibleTo(m_scroll->widget()))
        return;
    pageWidget(m_page)->hide();
    m_page = page;
    pageWidget(page)->show();
    m_scroll->ensureVisible(0, 0);
}

} // namespace archboard
