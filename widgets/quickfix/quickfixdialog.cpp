#include "quickfixdialog.h"

#include "widgets/stringconvert.h"

#include <algorithm>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace archboard {

namespace {

constexpr int kTextWidth = 460; // pixels: sentences wrap at a readable length
constexpr int kGap = 12;        // pixels between the dialog and its anchor

} // namespace

QuickFixDialog::QuickFixDialog(const QuickFixPlan& plan, QWidget* parent)
    : QDialog(parent)
    , m_changes(new QLabel(this))
    , m_apply(nullptr) {
    setObjectName(QStringLiteral("quickFixDialog"));
    setWindowTitle(tr("Quick Fix"));

    auto* title = new QLabel(this);
    title->setTextFormat(Qt::PlainText);
    title->setText(toQString(plan.title));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    title->setWordWrap(true);
    title->setAccessibleName(tr("Quick fix"));

    auto* intro = new QLabel(tr("Applying this fix will:"), this);

    QString items;
    for (const std::string& change : plan.changes)
        items += QStringLiteral("<li style=\"margin-bottom: 4px\">%1</li>")
                     .arg(toQString(change).toHtmlEscaped());
    m_changes->setTextFormat(Qt::RichText);
    m_changes->setText(QStringLiteral("<ul style=\"margin-left: -20px\">%1</ul>").arg(items));
    m_changes->setWordWrap(true);
    m_changes->setMinimumWidth(kTextWidth);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setAccessibleName(tr("Changes the fix makes"));

    auto* undoNote = new QLabel(tr("It is one step: Edit ▸ Undo takes all of it back."), this);
    undoNote->setForegroundRole(QPalette::PlaceholderText);
    undoNote->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    m_apply->setAccessibleName(tr("Apply the quick fix"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the quick fix"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_changes);
    layout->addWidget(undoNote);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void QuickFixDialog::placeBeside(const QWidget& anchor) {
    adjustSize();
    const QRect window = anchor.window()->frameGeometry();
    const QRect dock(anchor.mapToGlobal(QPoint(0, 0)), anchor.size());
    const int left = dock.left() - kGap - width();
    const int x =
        left >= window.left() ? left : std::min(dock.right() + kGap, window.right() - width());
    const int y = std::max(window.top(), dock.bottom() - height());
    move(std::max(window.left(), x), y);
}

} // namespace archboard
