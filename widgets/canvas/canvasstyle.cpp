#include "canvasstyle.h"

#include <QPalette>

namespace archboard {

namespace {

void setFonts(CanvasStyle& style) {
    QFont base;
    base.setStyleHint(QFont::SansSerif);
    style.titleFont = base;
    style.titleFont.setPixelSize(13);
    style.titleFont.setWeight(QFont::DemiBold);
    style.bodyFont = base;
    style.bodyFont.setPixelSize(11);
    style.badgeFont = base;
    style.badgeFont.setPixelSize(10);
    style.badgeFont.setWeight(QFont::DemiBold);
    style.groupFont = base;
    style.groupFont.setPixelSize(12);
    style.groupFont.setWeight(QFont::Bold);
    style.labelFont = base;
    style.labelFont.setPixelSize(10);
    style.noteFont = base;
    style.noteFont.setPixelSize(12);
    style.findingFont = base;
    style.findingFont.setPixelSize(11);
    style.findingFont.setWeight(QFont::Bold);
}

} // namespace

CanvasStyle CanvasStyle::light() {
    CanvasStyle s;
    s.dark = false;
    s.background = QColor(0xf7, 0xf8, 0xfa);
    s.gridDot = QColor(0xcf, 0xd4, 0xdc);
    s.cardFill = Qt::white;
    s.cardBorder = QColor(0xc9, 0xcf, 0xd8);
    s.cardShadow = QColor(16, 24, 40, 28);
    s.cardText = QColor(0x1d, 0x23, 0x2c);
    s.cardMutedText = QColor(0x5f, 0x69, 0x78);
    s.badgeFill = QColor(0xe8, 0xee, 0xf7);
    s.badgeText = QColor(0x2a, 0x4a, 0x7a);
    s.selection = QColor(0x25, 0x63, 0xeb);
    s.connectTarget = QColor(0x16, 0xa3, 0x4a);
    s.noteFill = QColor(0xff, 0xf3, 0xb0);
    s.noteBorder = QColor(0xe6, 0xcf, 0x5c);
    s.noteText = QColor(0x3d, 0x34, 0x0b);
    s.labelFill = QColor(0xff, 0xff, 0xff, 235);
    s.labelText = QColor(0x37, 0x41, 0x51);
    s.edge = {QColor(0x37, 0x41, 0x51), QColor(0x7c, 0x3a, 0xed), QColor(0x0f, 0x76, 0x6e),
              QColor(0x9c, 0xa3, 0xaf)};
    s.groupTint = {QColor(0x25, 0x63, 0xeb), QColor(0x05, 0x96, 0x69), QColor(0xdc, 0x26, 0x26)};
    s.groupText = QColor(0x37, 0x41, 0x51);
    s.findingFill = {QColor(0xdc, 0x26, 0x26), QColor(0xf5, 0x9e, 0x0b), QColor(0x25, 0x63, 0xeb)};
    s.findingText = {Qt::white, QColor(0x3b, 0x25, 0x00), Qt::white};
    s.findingHighlight = QColor(0xc0, 0x26, 0xd3);
    setFonts(s);
    return s;
}

CanvasStyle CanvasStyle::darkStyle() {
    CanvasStyle s;
    s.dark = true;
    s.background = QColor(0x1b, 0x1c, 0x1f);
    s.gridDot = QColor(0x3a, 0x3d, 0x43);
    s.cardFill = QColor(0x2a, 0x2d, 0x33);
    s.cardBorder = QColor(0x48, 0x4d, 0x56);
    s.cardShadow = QColor(0, 0, 0, 90);
    s.cardText = QColor(0xec, 0xee, 0xf2);
    s.cardMutedText = QColor(0xa4, 0xab, 0xb6);
    s.badgeFill = QColor(0x33, 0x41, 0x55);
    s.badgeText = QColor(0xc7, 0xd7, 0xf0);
    s.selection = QColor(0x60, 0xa5, 0xfa);
    s.connectTarget = QColor(0x4a, 0xde, 0x80);
    s.noteFill = QColor(0x4a, 0x42, 0x1c);
    s.noteBorder = QColor(0x7a, 0x6a, 0x2a);
    s.noteText = QColor(0xf5, 0xea, 0xc0);
    s.labelFill = QColor(0x26, 0x28, 0x2d, 235);
    s.labelText = QColor(0xd1, 0xd5, 0xdb);
    s.edge = {QColor(0xc9, 0xcf, 0xd8), QColor(0xb3, 0x94, 0xff), QColor(0x5e, 0xd3, 0xc3),
              QColor(0x7d, 0x84, 0x8f)};
    s.groupTint = {QColor(0x60, 0xa5, 0xfa), QColor(0x34, 0xd3, 0x99), QColor(0xf8, 0x71, 0x71)};
    s.groupText = QColor(0xd1, 0xd5, 0xdb);
    s.findingFill = {QColor(0xf8, 0x71, 0x71), QColor(0xfb, 0xbf, 0x24), QColor(0x60, 0xa5, 0xfa)};
    s.findingText = {QColor(0x2a, 0x08, 0x08), QColor(0x2a, 0x1c, 0x00), QColor(0x08, 0x1a, 0x33)};
    s.findingHighlight = QColor(0xe8, 0x79, 0xf9);
    setFonts(s);
    return s;
}

CanvasStyle CanvasStyle::fromPalette(const QPalette& palette) {
    // Dark when the window is darker than its text.
    const bool dark = palette.color(QPalette::Window).lightness() <
                      palette.color(QPalette::WindowText).lightness();
    CanvasStyle style = dark ? darkStyle() : light();
    style.selection = palette.color(QPalette::Highlight).lighter(dark ? 130 : 100);
    return style;
}

QColor CanvasStyle::kindColor(ComponentKind kind) const {
    // One hue per family; the dark style lifts them so they stay visible.
    QColor c;
    switch (kind) {
    case ComponentKind::Client:
    case ComponentKind::External:
        c = QColor(0x64, 0x74, 0x8b);
        break;
    case ComponentKind::Dns:
    case ComponentKind::Cdn:
    case ComponentKind::LoadBalancer:
    case ComponentKind::ApiGateway:
    case ComponentKind::RateLimiter:
        c = QColor(0x25, 0x63, 0xeb);
        break;
    case ComponentKind::Service:
    case ComponentKind::Worker:
    case ComponentKind::Processor:
    case ComponentKind::ModelServing:
        c = QColor(0x05, 0x96, 0x69);
        break;
    case ComponentKind::Queue:
    case ComponentKind::Stream:
        c = QColor(0x7c, 0x3a, 0xed);
        break;
    case ComponentKind::Cache:
        c = QColor(0xdc, 0x26, 0x26);
        break;
    case ComponentKind::SqlStore:
    case ComponentKind::NosqlStore:
    case ComponentKind::ObjectStore:
    case ComponentKind::SearchIndex:
        c = QColor(0xd9, 0x77, 0x06);
        break;
    case ComponentKind::Identity:
    case ComponentKind::Secrets:
    case ComponentKind::Coordination:
        c = QColor(0x0e, 0x74, 0x90);
        break;
    case ComponentKind::Observability:
        c = QColor(0xdb, 0x27, 0x77);
        break;
    }
    return dark ? c.lighter(140) : c;
}

} // namespace archboard
