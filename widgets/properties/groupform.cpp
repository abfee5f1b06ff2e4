#include "groupform.h"

#include "model/displayname.h"
#include "textcommitter.h"
#include "widgets/kindicons.h"
#include "widgets/kindnames.h"
#include "widgets/palette/palettekind.h"
#include "widgets/stringconvert.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace archboard {

namespace {

// Why `group` cannot become `kind`, or empty when it can.
QString kindConflict(const Design& design, const Group& group, GroupKind kind) {
    if (kind == GroupKind::Boundary)
        return {};
    for (const ElementId& member : group.members)
        for (const Group* other : design.groupsOf(member))
            if (other->id != group.id && other->kind == kind)
                return GroupForm::tr("\u201c%1\u201d is already in %2 \u201c%3\u201d")
                    .arg(toQString(componentDisplayName(design, member)), kindDisplayName(kind),
                         toQString(displayName(*other)));
    return {};
}

} // namespace

GroupForm::GroupForm(DesignDocument* document, QWidget* parent)
    : ElementForm(document, parent) {
    setObjectName(QStringLiteral("groupForm"));
    auto* layout = new QVBoxLayout(this);
    m_heading = addFormHeading(layout, this);
    QFormLayout* form = addForm(layout);
    m_name = addLineEdit(form, tr("Name"), QStringLiteral("groupNameEdit"));
    m_kind = addComboBox(form, tr("Kind"), QStringLiteral("groupKindCombo"));
    for (std::size_t i = 0; i < enumCount<GroupKind>(); ++i) {
        const auto kind = static_cast<GroupKind>(i);
        m_kind->addItem(kindIcon(kind), kindDisplayName(kind), static_cast<int>(i));
    }
    m_members = new QLabel(this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setWordWrap(true);
    m_members->setTextFormat(Qt::PlainText);
    m_members->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Members"), m_members);
    layout->addStretch(1);

    m_nameText = watchText(m_name, [this](const QString& text) {
        edit<Group>(tr("Name"), mergeKey(QStringLiteral("name")),
                    [&](Group& g) { g.name = toStdString(text); });
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<GroupKind>(m_kind->currentData().toInt());
        edit<Group>(tr("Kind"), 0, [kind](Group& g) { g.kind = kind; });
    });
}

void GroupForm::refresh() {
    const Group* group = current<Group>();
    if (!group)
        return;
    const Design& design = document()->design();
    setFormHeading(m_heading, kindIcon(group->kind), paletteDisplayName(group->kind),
                   tr("Group \u00b7 id %1").arg(toQString(group->id)));
    m_nameText->showModelText(toQString(group->name));
    {
        const QSignalBlocker blocker(m_kind);
        auto* model = qobject_cast<QStandardItemModel*>(m_kind->model());
        for (int i = 0; i < m_kind->count(); ++i) {
            const auto kind = static_cast<GroupKind>(m_kind->itemData(i).toInt());
            const QString conflict =
                kind == group->kind ? QString() : kindConflict(design, *group, kind);
            if (QStandardItem* item = model ? model->item(i) : nullptr) {
                item->setEnabled(conflict.isEmpty());
                item->setToolTip(conflict);
            }
        }
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(group->kind)));
    }
    QStringList names;
    for (const ElementId& member : group->members)
        names.append(toQString(componentDisplayName(design, member)));
    m_members->setText(names.isEmpty() ? tr("none") : names.join(tr(", ")));
}

} // namespace archboard
