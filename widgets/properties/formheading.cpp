#include "formheading.h"

#include <QBoxLayout>
#include <QIcon>
#include <QLabel>

namespace archboard {

namespace {

constexpr int kHeadingIconSize = 32;
// Words longer than this may break anywhere, so a long name wraps inside
// the dock instead of widening it or running out of it.
constexpr qsizetype kLongWord = 20;

// `text` with a break opportunity (a zero-width space) after every
// kLongWord characters of a word; shorter words are left as they are.
QString breakLongWords(const QString& text) {
    QString out;
    out.reserve(text.size());
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongWord) {
            out += QChar(0x200b);
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace

FormHeading addFormHeading(QBoxLayout* layout, QWidget* parent) {
    FormHeading heading{new QLabel(parent), new QLabel(parent), new QLabel(parent)};
    heading.icon->setObjectName(QStringLiteral("headingIcon"));
    heading.icon->setFixedSize(kHeadingIconSize, kHeadingIconSize);
    heading.title->setObjectName(QStringLiteral("headingTitle"));
    heading.title->setTextFormat(Qt::PlainText);
    QFont font = heading.title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading.title->setFont(font);
    heading.title->setWordWrap(true); // a connection's "A → B" can be long
    heading.detail->setObjectName(QStringLiteral("headingDetail"));
    heading.detail->setTextFormat(Qt::PlainText);
    heading.detail->setForegroundRole(QPalette::PlaceholderText);
    heading.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    heading.detail->setWordWrap(true);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(0);
    texts->addWidget(heading.title);
    texts->addWidget(heading.detail);
    auto* row = new QHBoxLayout;
    row->addWidget(heading.icon, 0, Qt::AlignTop);
    row->addLayout(texts, 1);
    layout->addLayout(row);
    return heading;
}

void setFormHeading(const FormHeading& heading, const QIcon& icon, const QString& title,
                    const QString& detail) {
    // At the label's own pixel ratio, so the icon is sharp on high-DPI screens.
    heading.icon->setPixmap(
        icon.pixmap(QSize(kHeadingIconSize, kHeadingIconSize), heading.icon->devicePixelRatioF()));
    heading.icon->setVisible(!icon.isNull());
    heading.title->setText(breakLongWords(title));
    heading.title->setToolTip(title);
    heading.detail->setText(detail);
}

QLabel* addSubheading(QBoxLayout* layout, QWidget* parent, const QString& text) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(label);
    return label;
}

} // namespace archboard
