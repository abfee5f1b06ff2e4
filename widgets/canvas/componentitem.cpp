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
#include <QTextLayout>

namespace archboard {

namespace {

constexpr double kSimpleBelow = 0.28; // below this zoom a card is a coloured block
constexpr double kTextBelow = 0.55;   // below this, only the name
constexpr double kNameOnScreen = 9;   // its on-screen pixel size then
constexpr double kBadgeGap = 4;

// Where the first of two lines of `name` ends in `width`, with `mode`.
qsizetype firstLineEnd(const QString& name, const QFont& font, double width,
                       QTextOption::WrapMode mode, bool* overflows) {
    QTextLayout layout(name, font);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    layout.endLayout();
    *overflows = line.naturalTextWidth() > width;
    return line.textStart() + line.textLength();
}

// The name in at most two lines that fit `width`: wrapped between words,
// inside a word only when the name is one word too long for a line, and
// each line elided when the name needs more.
QStringList wrapTitle(const QString& name, const QFont& font, double width) {
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(name) <= width)
        return {name};
    bool overflows = false;
    qsizetype split = firstLineEnd(name, font, width, QTextOption::WordWrap, &overflows);
    if (overflows && !name.trimmed().contains(QLatin1Char(' ')))
        split = firstLineEnd(name, font, width, QTextOption::WrapAnywhere, &overflows);
    const QString head = name.left(split).trimmed();
    const QString rest = name.mid(split).trimmed();
    QStringList lines{metrics.elidedText(head, Qt::ElideRight, width)};
    if (!rest.isEmpty())
        lines.append(metrics.elidedText(rest, Qt::ElideRight, width));
    return lines;
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
    m_farPixelSize = 0; // the zoomed-out lines are laid out again when next drawn
    for (const QString& line :
         wrapTitle(m_name.isEmpty() ? m_kindName : m_name, style.titleFont, width))
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

QStringList ComponentItem::titleLines() const {
    QStringList lines;
    for (const QStaticText& line : m_titleLines)
        lines.append(line.text());
    return lines;
}

bool ComponentItem::showsConnectHandles() const {
    return m_hovered && canvas().isEditable();
}

QRectF ComponentItem::boundingRect() const {
    const CardGeometry& g = CardGeometry::standard();
    if (!m_hovered)
        return g.bounds;
    // The handles stick out of the card's sides.
    const double out = card::kHandleHitRadius;
    return g.bounds.united(g.body.adjusted(-out, -out, out, out));
}

QPainterPath ComponentItem::shape() const {
    QPainterPath path;
    path.addRect(CardGeometry::standard().body);
    if (showsConnectHandles())
        for (const QPointF& centre : connectHandleCentres())
            path.addEllipse(centre, card::kHandleHitRadius, card::kHandleHitRadius);
    return path;
}

void ComponentItem::setConnectTarget(bool target) {
    if (m_connectTarget == target)
        return;
    m_connectTarget = target;
    update();
}

void ComponentItem::setHovered(bool hovered, const QPointF& local) {
    int active = -1;
    if (hovered && canvas().isEditable()) {
        const auto centres = connectHandleCentres();
        for (std::size_t i = 0; i < centres.size(); ++i) {
            const QPointF d = local - centres[i];
            if (QPointF::dotProduct(d, d) <= card::kHandleHitRadius * card::kHandleHitRadius)
                active = static_cast<int>(i);
        }
    }
    if (hovered != m_hovered)
        prepareGeometryChange(); // the handles widen the bounds and the shape
    else if (active == m_activeHandle)
        return;
    m_hovered = hovered;
    m_activeHandle = active;
    update();
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    setHovered(true, event->pos());
    CanvasItem::hoverEnterEvent(event);
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event) {
    setHovered(true, event->pos());
    // The border and the handles are where connections start: say so with
    // the cursor.
    if (canvas().isEditable() && (inConnectZone(event->pos()) || onConnectHandle(event->pos())))
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    CanvasItem::hoverMoveEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    setHovered(false, event->pos());
    unsetCursor();
    CanvasItem::hoverLeaveEvent(event);
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
    if (showsConnectHandles() && !canvas().isExporting())
        paintConnectHandles(*painter);
}

void ComponentItem::paintConnectHandles(QPainter& painter) {
    // Vector shapes, antialiased, so they stay crisp at any zoom and pixel ratio.
    const CanvasStyle& style = canvas().style();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const auto centres = connectHandleCentres();
    for (std::size_t i = 0; i < centres.size(); ++i) {
        const bool active = static_cast<int>(i) == m_activeHandle;
        QPen pen(style.selection, 1.5);
        painter.setPen(pen);
        painter.setBrush(active ? style.selection : style.cardFill);
        const double r = active ? card::kHandleRadius + 1 : card::kHandleRadius;
        painter.drawEllipse(centres[i], r, r);
    }
    painter.restore();
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
    // Zoomed out, the name alone in a font that stays readable on screen:
    // two lines where they fit the card, laid out again only on a new size.
    const CanvasStyle& style = canvas().style();
    const QRectF text = CardGeometry::standard().text;
    QFont font = style.titleFont;
    const int pixelSize = static_cast<int>(std::clamp(kNameOnScreen / lod, 13.0, 30.0));
    font.setPixelSize(pixelSize);
    const QFontMetricsF metrics(font);
    if (pixelSize != m_farPixelSize) {
        m_farPixelSize = pixelSize;
        const QString name = m_name.isEmpty() ? m_kindName : m_name;
        m_farLines = wrapTitle(name, font, text.width());
        if (m_farLines.size() > 1 && metrics.height() * 2 > text.height())
            m_farLines = {metrics.elidedText(name, Qt::ElideRight, text.width())};
    }
    painter.setFont(font);
    painter.setPen(style.cardText);
    double y = text.center().y() - metrics.height() * static_cast<double>(m_farLines.size()) / 2;
    for (const QString& line : m_farLines) {
        painter.drawText(QPointF(text.left(), y + metrics.ascent()), line);
        y += metrics.height();
    }
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
