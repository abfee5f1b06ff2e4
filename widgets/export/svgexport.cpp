#include "svgexport.h"

#include "model/design.h"
#include "model/text/xmltext.h"
#include "widgets/canvas/canvasitem.h"
#include "widgets/canvas/canvasscene.h"
#include "widgets/canvas/connectionitem.h"

#include <functional>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

namespace archboard {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DesignExport", text);
}

std::string attribute(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + text::escapeXml(value) + "\"";
}

std::string number(double value) {
    return QString::number(value, 'g', 10).toStdString();
}

// What QSvgGenerator writes for `paint`, split into the document's head (up
// to its definitions) and its drawing.
struct Drawing {
    std::string head;
    std::string body;
};

Drawing draw(const QRectF& source, const QString& title,
             const std::function<void(QPainter&)>& paint) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QString::fromStdString(text::escapeXml(title.toStdString())));
        svg.setDescription(
            QString::fromStdString(text::escapeXml(tr("Drawn by Archboard").toStdString())));
        QPainter painter(&svg);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        paint(painter);
    }
    const std::string all(buffer.data().constData(), static_cast<std::size_t>(buffer.size()));
    const std::size_t defs = all.find("</defs>");
    const std::size_t headEnd = defs == std::string::npos ? 0 : all.find('\n', defs) + 1;
    const std::size_t end = all.rfind("</svg>");
    return {all.substr(0, headEnd), all.substr(headEnd, end - headEnd)};
}

std::string routePath(const ConnectionItem& item, const Connection& connection) {
    const QPen pen = item.linePen();
    std::string d;
    for (qsizetype i = 0; i < item.route().size(); ++i)
        d += (i ? " L" : "M") + number(item.route()[i].x()) + "," + number(item.route()[i].y());
    std::string dashes;
    if (pen.style() != Qt::SolidLine)
        for (const double dash : pen.dashPattern())
            dashes += (dashes.empty() ? "" : ",") + number(dash * pen.widthF());
    std::string path = "<path class=\"route\"" + attribute("data-id", connection.id) +
                       attribute("data-from", connection.from) +
                       attribute("data-to", connection.to) + attribute("d", d) + " fill=\"none\"" +
                       attribute("stroke", pen.color().name(QColor::HexRgb).toStdString()) +
                       attribute("stroke-width", number(pen.widthF())) +
                       " stroke-linejoin=\"round\" stroke-linecap=\"butt\"";
    if (!dashes.empty())
        path += attribute("stroke-dasharray", dashes);
    return path + "/>\n";
}

// The <g> that opens an element's drawing: its type, id and kind, and a
// <title> with what the element is in words (the full name, which the
// drawing may have had to elide), as viewers show it on hover.
std::string opening(const Design& design, const CanvasItem& item) {
    const ElementId& id = item.elementId();
    std::string kind;
    std::string ends;
    if (const Component* c = design.component(id))
        kind = toString(c->kind);
    else if (const Connection* c = design.connection(id)) {
        kind = toString(c->kind);
        ends = attribute("data-from", c->from) + attribute("data-to", c->to);
    } else if (const Group* g = design.group(id))
        kind = toString(g->kind);
    else
        kind = "note";
    std::string title;
    if (const QString description = item.description(); !description.isEmpty())
        title = "<title>" + text::escapeXml(description.toStdString()) + "</title>\n";
    return "<g" + attribute("data-element", toString(item.elementType())) +
           attribute("data-id", id) + attribute("data-kind", kind) + ends + ">\n" + title;
}

} // namespace

QString writeStructuredSvg(CanvasScene& scene, const QString& title, const QRectF& source,
                           QIODevice& out) {
    const Design& design = scene.design();
    const Drawing background = draw(source, title, [&](QPainter& painter) {
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.style().background);
    });
    std::string svg = background.head + background.body;
    svg += "<g transform=\"translate(" + number(-source.left()) + "," + number(-source.top()) +
           ")\">\n";
    for (QGraphicsItem* graphics :
         scene.items(source, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
        const auto* item = dynamic_cast<CanvasItem*>(graphics);
        if (!item || !item->isVisible())
            continue;
        const auto* connection = dynamic_cast<const ConnectionItem*>(item);
        const Drawing drawing = draw(source, title, [&](QPainter& painter) {
            painter.setWorldTransform(graphics->sceneTransform());
            if (connection) {
                connection->paintEnds(painter);
                return;
            }
            QStyleOptionGraphicsItem option;
            option.exposedRect = graphics->boundingRect();
            graphics->paint(&painter, &option, nullptr);
        });
        svg += opening(design, *item);
        if (connection)
            if (const Connection* c = design.connection(item->elementId()))
                svg += routePath(*connection, *c);
        svg += drawing.body + "</g>\n";
    }
    svg += "</g>\n</svg>\n";
    // Qt escapes text for markup but not characters XML cannot hold.
    const std::string safe = text::xmlSafe(svg);
    if (out.write(safe.data(), static_cast<qint64>(safe.size())) !=
        static_cast<qint64>(safe.size()))
        return tr("could not write: %1").arg(out.errorString());
    return {};
}

} // namespace archboard
