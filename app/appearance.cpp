#include "appearance.h"

#include <QApplication>
#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace archboard {

namespace {

const auto kSettingKey = QStringLiteral("appearance");
const auto kFusion = QStringLiteral("Fusion");

// What the platform gave us, before any appearance was applied.
struct SystemLook {
    QString styleName;
    QPalette palette;
};

const SystemLook& systemLook() {
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternateBase(0x26, 0x28, 0x2b);
    const QColor button(0x36, 0x38, 0x3c);
    const QColor text(0xe4, 0xe6, 0xea);
    const QColor muted(0x8c, 0x90, 0x98);
    const QColor disabled(0x6c, 0x70, 0x76);
    const QColor highlight(0x2f, 0x6f, 0xb8);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, button.darker(125));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0c));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.lighter(120));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

} // namespace

QString appearanceToString(Appearance appearance) {
    switch (appearance) {
    case Appearance::System:
        return QStringLiteral("system");
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

QString appearanceDescription(Appearance appearance) {
    switch (appearance) {
    case Appearance::System:
        return QCoreApplication::translate("Appearance", "Use the system's colours");
    case Appearance::Light:
        return QCoreApplication::translate("Appearance", "Use light colours");
    case Appearance::Dark:
        return QCoreApplication::translate("Appearance", "Use dark colours");
    }
    return {};
}

Appearance appearanceFromString(const QString& text, Appearance fallback) {
    for (const Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark})
        if (text.compare(appearanceToString(a), Qt::CaseInsensitive) == 0)
            return a;
    return fallback;
}

Appearance storedAppearance() {
    return appearanceFromString(QSettings().value(kSettingKey).toString());
}

void storeAppearance(Appearance appearance) {
    QSettings().setValue(kSettingKey, appearanceToString(appearance));
}

void applyAppearance(Appearance appearance) {
    const SystemLook& system = systemLook(); // captured before the first change
    switch (appearance) {
    case Appearance::System:
        if (QStyle* style = QStyleFactory::create(system.styleName))
            QApplication::setStyle(style); // the application takes ownership
        QApplication::setPalette(system.palette);
        break;
    case Appearance::Light: {
        QStyle* fusion = QStyleFactory::create(kFusion);
        QApplication::setStyle(fusion);
        QApplication::setPalette(fusion->standardPalette());
        break;
    }
    case Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(kFusion));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace archboard
