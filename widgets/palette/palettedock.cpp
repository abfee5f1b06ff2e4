#include "palettedock.h"

#include <algorithm>
#include <array>
#include <QDrag>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace archboard {

namespace {

// Compact enough that every section fits beside the outline in a
// 1600 x 1000 window.
constexpr int kIconSize = 16;     // logical pixels; the SVGs stay sharp at any ratio
constexpr int kIndentation = 12;  // room for a section's disclosure arrow
constexpr int kDragIconSize = 32; // the picture under the pointer while dragging

struct Section {
    const char* title; // translated in populate()
    std::vector<PaletteKind> kinds;
};

// Sections in the order a request travels: in at the edge, through compute
// and messaging, down to data; the platform beside it; then the canvas's
// own shapes.
std::vector<Section> sections() {
    using C = ComponentKind;
    using G = GroupKind;
    return {
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Edge & entry"),
         {C::Client, C::Dns, C::Cdn, C::LoadBalancer, C::ApiGateway, C::RateLimiter}},
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Compute"),
         {C::Service, C::Worker, C::Processor, C::ModelServing}},
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Messaging"), {C::Queue, C::Stream}},
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Data"),
         {C::Cache, C::SqlStore, C::NosqlStore, C::ObjectStore, C::SearchIndex}},
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Platform"),
         {C::Identity, C::Secrets, C::Observability, C::Coordination, C::External}},
        {QT_TRANSLATE_NOOP("archboard::PaletteDock", "Groups & notes"),
         {G::Region, G::Zone, G::Boundary, NoteKind{}}},
    };
}

QString tokenOf(const QTreeWidgetItem* item) {
    return item ? item->data(0, PaletteDock::TokenRole).toString() : QString();
}

// Empty on section rows.
std::optional<PaletteKind> kindOf(const QTreeWidgetItem* item) {
    // Filled in place, as in paletteKindFromToken.
    std::optional<PaletteKind> kind;
    if (const QVariant data = item ? item->data(0, PaletteDock::KindRole) : QVariant();
        data.isValid())
        kind.emplace(data.value<PaletteKind>());
    return kind;
}

// Drags carry the kind (paletteMimeData); the picture is its icon.
class PaletteTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(kPaletteMimeType)}; }

    QMimeData* mimeData(const QList<QTreeWidgetItem*>& items) const override {
        for (const QTreeWidgetItem* item : items)
            if (const auto kind = kindOf(item))
                return paletteMimeData(*kind);
        return nullptr;
    }

    void startDrag(Qt::DropActions) override {
        const auto kind = kindOf(currentItem());
        if (!kind)
            return;
        auto* drag = new QDrag(this);
        drag->setMimeData(paletteMimeData(*kind));
        const qreal ratio = devicePixelRatioF();
        drag->setPixmap(paletteIcon(*kind).pixmap(QSize(kDragIconSize, kDragIconSize), ratio));
        drag->setHotSpot(QPoint(kDragIconSize / 2, kDragIconSize / 2));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
};

} // namespace

PaletteDock::PaletteDock(QWidget* parent)
    : QDockWidget(tr("Palette"), parent)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
    , m_noMatch(new QLabel(this)) {
    setObjectName(QStringLiteral("paletteDock"));
    setAccessibleName(tr("Palette"));

    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setPlaceholderText(tr("Search kinds"));
    m_search->setAccessibleName(tr("Search kinds"));
    m_search->setAccessibleDescription(
        tr("Filters the palette by name. Down moves to the list, Enter adds the first match."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("paletteTree"));
    m_tree->setAccessibleName(tr("Component kinds"));
    m_tree->setAccessibleDescription(
        tr("Drag a kind onto the canvas, or press Enter to add it at the centre"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    // Sections fold: the arrow or a click on the section's row.
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(kIndentation);
    m_tree->setExpandsOnDoubleClick(false);
    // Rows as high as their text: a section's bold title and an entry's
    // icon fit the same line.
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(QSize(kIconSize, kIconSize));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setDefaultDropAction(Qt::CopyAction);

    m_noMatch->setObjectName(QStringLiteral("paletteNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_tree, 1);
    setWidget(content);
    setFocusProxy(m_search);

    populate();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteDock::applyFilter);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (!item->parent())
            setSectionExpanded(item, !item->isExpanded());
    });
    // What the user folds stays folded once a search is over.
    connect(m_tree, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem* item) {
        if (m_search->text().trimmed().isEmpty())
            m_folded.insert(item->text(0));
    });
    connect(m_tree, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem* item) {
        if (m_search->text().trimmed().isEmpty())
            m_folded.remove(item->text(0));
    });
}

void PaletteDock::setSectionExpanded(QTreeWidgetItem* section, bool expanded) {
    section->setExpanded(expanded); // the signals above remember it
}

QTreeWidgetItem* PaletteDock::section(const QString& title) const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->text(0) == title)
            return m_tree->topLevelItem(i);
    return nullptr;
}

void PaletteDock::populate() {
    for (const Section& section : sections()) {
        auto* header = new QTreeWidgetItem(m_tree);
        header->setText(0, tr(section.title));
        header->setFlags(Qt::ItemIsEnabled); // not selectable, not draggable
        QFont font = header->font(0);
        font.setBold(true);
        header->setFont(0, font);
        header->setData(0, Qt::AccessibleTextRole, tr("%1 section").arg(tr(section.title)));
        header->setToolTip(0, tr("Click to fold or unfold"));
        for (const PaletteKind& kind : section.kinds) {
            auto* item = new QTreeWidgetItem(header);
            const QString name = paletteDisplayName(kind);
            const QString token = paletteToken(kind);
            item->setText(0, name);
            item->setIcon(0, paletteIcon(kind));
            item->setData(0, TokenRole, token);
            item->setData(0, KindRole, QVariant::fromValue(kind));
            const QString description = paletteDescription(kind);
            item->setToolTip(0, tr("%1\n%2").arg(description, token));
            item->setStatusTip(0, description);
            item->setData(0, Qt::AccessibleDescriptionRole, description);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        header->setExpanded(true);
    }
}

QTreeWidgetItem* PaletteDock::itemFor(const PaletteKind& kind) const {
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (kindOf(*it) == kind)
            return *it;
    return nullptr;
}

QList<QTreeWidgetItem*> PaletteDock::visibleEntries() const {
    QList<QTreeWidgetItem*> entries;
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it; ++it)
        if (!tokenOf(*it).isEmpty() && !(*it)->parent()->isHidden())
            entries.append(*it);
    return entries;
}

QStringList PaletteDock::visibleTokens() const {
    QStringList tokens;
    for (const QTreeWidgetItem* item : visibleEntries())
        tokens.append(tokenOf(item));
    return tokens;
}

void PaletteDock::setFilterText(const QString& text) {
    m_search->setText(text); // applies the filter through textChanged
}

void PaletteDock::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    // "load bal" finds load_balancer by its token as well as by its name.
    const QString spacedNeedle = QString(needle).replace(QLatin1Char('_'), QLatin1Char(' '));
    bool any = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* header = m_tree->topLevelItem(i);
        bool sectionShown = false;
        for (int j = 0; j < header->childCount(); ++j) {
            QTreeWidgetItem* item = header->child(j);
            const QString token = tokenOf(item);
            const QString spacedToken = QString(token).replace(QLatin1Char('_'), QLatin1Char(' '));
            const bool match = needle.isEmpty() ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               token.contains(needle, Qt::CaseInsensitive) ||
                               spacedToken.contains(spacedNeedle, Qt::CaseInsensitive);
            item->setHidden(!match);
            sectionShown = sectionShown || match;
        }
        header->setHidden(!sectionShown);
        // A match inside a folded section must show; without a search the
        // sections are as the user left them.
        header->setExpanded(!needle.isEmpty() || !m_folded.contains(header->text(0)));
        any = any || sectionShown;
    }
    m_noMatch->setText(tr("No kind matches \u201c%1\u201d").arg(needle));
    m_noMatch->setVisible(!any);
    m_tree->setVisible(any);

    QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || current->isHidden() || (current->parent() && current->parent()->isHidden()))
        m_tree->setCurrentItem(firstVisibleEntry());
}

QTreeWidgetItem* PaletteDock::firstVisibleEntry() const {
    const QList<QTreeWidgetItem*> entries = visibleEntries();
    return entries.isEmpty() ? nullptr : entries.first();
}

void PaletteDock::activate(QTreeWidgetItem* item) {
    if (const auto kind = kindOf(item))
        Q_EMIT addRequested(*kind);
}

bool PaletteDock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            if (QTreeWidgetItem* first = firstVisibleEntry()) {
                m_tree->setFocus(Qt::TabFocusReason);
                if (!m_tree->currentItem() || m_tree->currentItem()->isHidden())
                    m_tree->setCurrentItem(first);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter: {
            // The highlighted match, else the first one.
            QTreeWidgetItem* current = m_tree->currentItem();
            activate(current && !tokenOf(current).isEmpty() && !current->isHidden()
                         ? current
                         : firstVisibleEntry());
            return true;
        }
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace archboard
