#include "palettekind.h"

#include "widgets/kindicons.h"
#include "widgets/kindnames.h"
#include "widgets/stringconvert.h"

#include <QCoreApplication>
#include <QMimeData>

namespace archboard {

namespace {

struct PaletteTexts {
    Q_DECLARE_TR_FUNCTIONS(PaletteTexts)
};

const QString kGroupPrefix = QStringLiteral("group:");
const QString kNoteToken = QStringLiteral("note");

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

template <typename... F> struct Overloaded : F... { using F::operator()...; };
template <typename... F> Overloaded(F...) -> Overloaded<F...>;

// As the format describes each kind. A switch, so -Wswitch flags a new kind.
QString componentDescription(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::Client:
        return PaletteTexts::tr("Users, browsers, mobile apps, devices: where traffic starts");
    case ComponentKind::Dns:
        return PaletteTexts::tr("Name resolution, traffic manager");
    case ComponentKind::Cdn:
        return PaletteTexts::tr("Edge cache for static or media content");
    case ComponentKind::LoadBalancer:
        return PaletteTexts::tr("L4/L7 load balancer");
    case ComponentKind::ApiGateway:
        return PaletteTexts::tr("Edge API routing");
    case ComponentKind::RateLimiter:
        return PaletteTexts::tr("A separate rate-limiting service");
    case ComponentKind::Service:
        return PaletteTexts::tr("Stateless request-serving compute");
    case ComponentKind::Worker:
        return PaletteTexts::tr("Consumer of a queue or stream, or a batch job");
    case ComponentKind::Queue:
        return PaletteTexts::tr("Message queue (SQS, RabbitMQ, Service Bus)");
    case ComponentKind::Stream:
        return PaletteTexts::tr("Partitioned log (Kafka, Kinesis, Event Hubs)");
    case ComponentKind::Cache:
        return PaletteTexts::tr("In-memory cache (Redis, Memcached)");
    case ComponentKind::SqlStore:
        return PaletteTexts::tr("Relational database");
    case ComponentKind::NosqlStore:
        return PaletteTexts::tr("Key-value, document or wide-column store");
    case ComponentKind::ObjectStore:
        return PaletteTexts::tr("Blob storage");
    case ComponentKind::SearchIndex:
        return PaletteTexts::tr("Full-text search");
    case ComponentKind::Identity:
        return PaletteTexts::tr("Authentication and authorization provider");
    case ComponentKind::Secrets:
        return PaletteTexts::tr("Key vault, secret manager");
    case ComponentKind::Observability:
        return PaletteTexts::tr("Metrics, logs, traces, alerts");
    case ComponentKind::Processor:
        return PaletteTexts::tr("Stream or batch processing (Flink, Spark)");
    case ComponentKind::ModelServing:
        return PaletteTexts::tr("Machine-learning inference endpoint");
    case ComponentKind::Coordination:
        return PaletteTexts::tr("Consensus and configuration (etcd, ZooKeeper)");
    case ComponentKind::External:
        return PaletteTexts::tr("A third-party API (payment, email, SMS)");
    }
    return {};
}

QString groupDescription(GroupKind kind) {
    switch (kind) {
    case GroupKind::Region:
        return PaletteTexts::tr("A geographic region; a component is in at most one");
    case GroupKind::Zone:
        return PaletteTexts::tr("An availability zone; a component is in at most one");
    case GroupKind::Boundary:
        return PaletteTexts::tr("A trust or network boundary; boundaries may overlap");
    }
    return {};
}

} // namespace

QString paletteToken(const PaletteKind& kind) {
    return std::visit(Overloaded{
                          [](ComponentKind k) { return toQString(toString(k)); },
                          [](GroupKind k) { return kGroupPrefix + toQString(toString(k)); },
                          [](NoteKind) { return kNoteToken; },
                      },
                      kind);
}

std::optional<PaletteKind> paletteKindFromToken(QStringView token) {
    // One result filled in place: GCC's -O2 flow analysis reports returning
    // freshly built optional variants as maybe-uninitialized.
    std::optional<PaletteKind> kind;
    if (token == kNoteToken) {
        kind.emplace(NoteKind{});
    } else if (token.startsWith(kGroupPrefix)) {
        const std::string name = token.mid(kGroupPrefix.size()).toString().toStdString();
        if (const auto group = enumFromString<GroupKind>(name))
            kind.emplace(*group);
    } else if (const auto component =
                   enumFromString<ComponentKind>(token.toString().toStdString())) {
        kind.emplace(*component);
    }
    return kind;
}

QMimeData* paletteMimeData(const PaletteKind& kind) {
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kPaletteMimeType), paletteToken(kind).toUtf8());
    return mime;
}

std::optional<PaletteKind> paletteKindFromMimeData(const QMimeData* mime) {
    if (!isPaletteDrag(mime))
        return std::nullopt;
    return paletteKindFromToken(
        QString::fromUtf8(mime->data(QString::fromLatin1(kPaletteMimeType))));
}

bool isPaletteDrag(const QMimeData* mime) {
    return mime && mime->hasFormat(QString::fromLatin1(kPaletteMimeType));
}

QString paletteDisplayName(const PaletteKind& kind) {
    return capitalised(std::visit(Overloaded{
                                      [](ComponentKind k) { return kindDisplayName(k); },
                                      [](GroupKind k) { return kindDisplayName(k); },
                                      [](NoteKind) { return PaletteTexts::tr("note"); },
                                  },
                                  kind));
}

QString paletteDescription(const PaletteKind& kind) {
    return std::visit(Overloaded{
                          [](ComponentKind k) { return componentDescription(k); },
                          [](GroupKind k) { return groupDescription(k); },
                          [](NoteKind) { return PaletteTexts::tr("Free text on the canvas"); },
                      },
                      kind);
}

QIcon paletteIcon(const PaletteKind& kind) {
    return std::visit(Overloaded{
                          [](ComponentKind k) { return kindIcon(k); },
                          [](GroupKind k) { return kindIcon(k); },
                          [](NoteKind) { return noteIcon(); },
                      },
                      kind);
}

} // namespace archboard
