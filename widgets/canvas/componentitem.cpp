#include "componentitem.h"

#include "canvasscene.h"
#include "cardgeometry.h"
#include "findingbadge.h"
#include "findingmarks.h"
#include "kindiconcache.h"
#include "model/design.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <algorithm>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>

namespace archboard {

namespace {

constexpr double kSimpleBelow = 0.28; // below this zoom a card is a coloured block
constexpr double kTextBelow = 0.55;   // below this, only the name
constexpr double kNameOnScreen = 9;   // its on-screen pixel size then
constexpr double kBadgeGap = 4;

// The name in at most two lines that fit `width`, the second elided.
QStringList titleLines(const QString& name, const QFont& font, double width) {
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(name) <= width)
        return {name};
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate =
            first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (metrics.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
    }
    if (first.isEmpty()) // one long word
        return {metrics.elidedText(name, Qt::ElideRight, width)};
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return {first, metrics.elidedText(rest, Qt::ElideRight, width)};
}

QStaticText staticText(const QString& text, const QFont& font) {
    QStaticText out(text);
    out.setTextFormat(Qt::PlainText);
    out.prepare(QTransform(), font);
    return out;
}

} // namespace

ComponentItem::ComponentItem(CanvasScene& scene, ElementId id)
    : CanvasItem(scene, std::move(id)) {
    setZValue(zorder::kComponent);
    setAcceptHoverEvents(true);
}

void ComponentItem::syncFromModel() {
    const Component* component = canvas().design().component(elementId());
    if (!component)
        return;
    setPos(component->position.x, component->position.y);
    m_kind = component->kind;
    m_name = toQString(component->name);
    m_kindName = kindDisplayName(component->kind);
    const CanvasStyle& style = canvas().style();
    const double width = CardGeometry::standard().text.width();
    m_titleLines.clear();
    for (const QString& line :
         titleLines(m_name.isEmpty() ? m_kindName : m_name, style.titleFont, width))
        m_titleLines.append(staticText(line, style.titleFont));
    // Without a technology, the kind says what the card is.
    const QString tech = toQString(component->tech);
    m_techLine =
        staticText(QFontMetricsF(style.bodyFont)
                       .elidedText(tech.isEmpty() ? m_kindName : tech, Qt::ElideRight, width),
                   style.bodyFont);
    m_badges.clear();
    if (component->replicas > 1)
        m_badges.append(QStringLiteral("\u00d7%1").arg(component->replicas));
    if (component->zones > 1)
        m_badges.append(QObject::tr("%1 AZ").arg(component->zones));
    setToolTip(toolTipText());
    update();
}

QString ComponentItem::description() const {
    const Component* component = canvas().design().component(elementId());
    if (!component)
        return {};
    QString text = QObject::tr("%1, %2").arg(m_name, m_kindName);
    if (!component->tech.empty())
        text += QObject::tr(", %1").arg(toQString(component->tech));
    if (component->replicas > 1 || component->zones > 1)
        text +=
            QObject::tr(", %1 replicas in %2 zones").arg(component->replicas).arg(component->zones);
    return text;
}

QRectF ComponentItem::boundingRect() const {
    return CardGeometry::standard().bounds;
}

QPainterPath ComponentItem::shape() const {
    QPainterPath path;
    path.addRect(CardGeometry::standard().body);
    return path;
}

void ComponentItem::setConnectTarget(bool target) {
    if (m_connectTarget == target)
        return;
    m_connectTarget = target;
    update();
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    // The border is where connections start: say so with the cursor.
    if (canvas().isEditable() && inConnectZone(event->pos()))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    CanvasItem::hoverMoveEvent(event);
}

void ComponentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const CanvasStyle& style = canvas().style();
    const CardGeometry& g = CardGeometry::standard();
    const double lod = canvas().isExporting() ? 1.0 : levelOfDetail(option, painter);
    const bool selected = isSelected();
    const FindingMark* mark = findingMark();
    if (lod < kSimpleBelow) {
        // Thousands of these at once: one fill, no antialiasing.
        painter->fillRect(g.body, selected          ? style.selection
                                  : isHighlighted() ? style.findingHighlight
                                                    : style.kindColor(m_kind));
        if (mark)
            painter->fillRect(findingBadgeRect(mark->count),
                              style.findingFill[static_cast<std::size_t>(mark->worst)]);
        return;
    }
    if (isHighlighted()) {
        // The current finding's target: a halo outside the border.
        painter->setPen(QPen(style.findingHighlight, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(g.body.adjusted(-2.5, -2.5, 2.5, 2.5), card::kRadius + 2,
                                 card::kRadius + 2);
    }
    painter->setPen(Qt::NoPen);
    if (lod >= kTextBelow) {
        painter->setBrush(style.cardShadow);
        painter->drawRoundedRect(g.body.translated(0, 2), card::kRadius, card::kRadius);
    }
    QPen border(style.cardBorder, 1);
    if (selected)
        border = QPen(style.selection, 2.5);
    else if (m_connectTarget)
        border = QPen(style.connectTarget, 2.5);
    painter->setPen(border);
    painter->setBrush(style.cardFill);
    painter->drawRoundedRect(g.body, card::kRadius, card::kRadius);

    QColor tint = style.kindColor(m_kind);
    tint.setAlpha(style.dark ? 60 : 34);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(g.iconFrame, 8, 8);
    if (lod >= kTextBelow)
        paintDetailed(*painter);
    else
        paintName(*painter, lod);
    if (mark)
        findingbadge::paint(*painter, findingBadgeRect(mark->count), *mark, style);
}

QRectF ComponentItem::findingBadgeRect(int count) const {
    // On the top-left corner: clear of the name, and of the arrowheads,
    // which meet a side no nearer its corner than a third of its length.
    const QRectF body = CardGeometry::standard().body;
    QRectF badge =
        findingbadge::rect(QPointF(body.left(), body.top() + 2), count, canvas().style());
    badge.moveLeft(body.left() - 3);
    return badge;
}

void ComponentItem::paintName(QPainter& painter, double lod) {
    // Zoomed out, the name alone in a font that stays readable on screen.
    const CanvasStyle& style = canvas().style();
    const QRectF text = CardGeometry::standard().text;
    QFont font = style.titleFont;
    font.setPixelSize(static_cast<int>(std::clamp(kNameOnScreen / lod, 13.0, 30.0)));
    painter.setFont(font);
    painter.setPen(style.cardText);
    const QString name = QFontMetricsF(font).elidedText(m_name.isEmpty() ? m_kindName : m_name,
                                                        Qt::ElideRight, text.width());
    painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, name);
}

void ComponentItem::paintDetailed(QPainter& painter) {
    const CanvasStyle& style = canvas().style();
    const CardGeometry& g = CardGeometry::standard();
    canvas().icons().paint(painter, m_kind, g.icon, style, canvas().isExporting());

    const QFontMetricsF title(style.titleFont);
    const QFontMetricsF body(style.bodyFont);
    const double blockHeight =
        title.height() * static_cast<double>(m_titleLines.size()) + 2 + body.height();
    double y = g.text.center().y() - blockHeight / 2;
    painter.setPen(style.cardText);
    painter.setFont(style.titleFont);
    for (const QStaticText& line : m_titleLines) {
        painter.drawStaticText(QPointF(g.text.left(), y), line);
        y += title.height();
    }
    painter.setPen(style.cardMutedText);
    painter.setFont(style.bodyFont);
    painter.drawStaticText(QPointF(g.text.left(), y + 2), m_techLine);
    paintBadges(painter);
}

void ComponentItem::paintBadges(QPainter& painter) {
    if (m_badges.isEmpty())
        return;
    const CanvasStyle& style = canvas().style();
    const QRectF body = CardGeometry::standard().body;
    const QFontMetricsF metrics(style.badgeFont);
    painter.setFont(style.badgeFont);
    double right = body.right() - card::kPadding;
    for (qsizetype i = m_badges.size() - 1; i >= 0; --i) {
        const double width = metrics.horizontalAdvance(m_badges[i]) + 12;
        const QRectF pill(right - width, body.top() - card::kBadgeHeight / 2, width,
                          card::kBadgeHeight);
        painter.setPen(QPen(style.cardBorder, 1));
        painter.setBrush(style.badgeFill);
        painter.drawRoundedRect(pill, card::kBadgeHeight / 2, card::kBadgeHeight / 2);
        painter.setPen(style.badgeText);
        painter.drawText(pill, Qt::AlignCenter, m_badges[i]);
        right -= width + kBadgeGap;
    }
}

} // namespace archboard
