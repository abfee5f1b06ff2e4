#include "kindnames.h"

#include "stringconvert.h"

#include <QCoreApplication>

namespace archboard {

namespace {

// Gives the names one translation context that lupdate can find.
struct KindNames {
    Q_DECLARE_TR_FUNCTIONS(KindNames)
};

} // namespace

// Switches rather than a table so -Wswitch flags a kind added to the model
// without a display name.
QString kindDisplayName(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::Client:
        return KindNames::tr("client");
    case ComponentKind::Dns:
        return KindNames::tr("DNS");
    case ComponentKind::Cdn:
        return KindNames::tr("CDN");
    case ComponentKind::LoadBalancer:
        return KindNames::tr("load balancer");
    case ComponentKind::ApiGateway:
        return KindNames::tr("API gateway");
    case ComponentKind::RateLimiter:
        return KindNames::tr("rate limiter");
    case ComponentKind::Service:
        return KindNames::tr("service");
    case ComponentKind::Worker:
        return KindNames::tr("worker");
    case ComponentKind::Queue:
        return KindNames::tr("queue");
    case ComponentKind::Stream:
        return KindNames::tr("stream");
    case ComponentKind::Cache:
        return KindNames::tr("cache");
    case ComponentKind::SqlStore:
        return KindNames::tr("SQL store");
    case ComponentKind::NosqlStore:
        return KindNames::tr("NoSQL store");
    case ComponentKind::ObjectStore:
        return KindNames::tr("object store");
    case ComponentKind::SearchIndex:
        return KindNames::tr("search index");
    case ComponentKind::Identity:
        return KindNames::tr("identity");
    case ComponentKind::Secrets:
        return KindNames::tr("secrets");
    case ComponentKind::Observability:
        return KindNames::tr("observability");
    case ComponentKind::Processor:
        return KindNames::tr("processor");
    case ComponentKind::ModelServing:
        return KindNames::tr("model serving");
    case ComponentKind::Coordination:
        return KindNames::tr("coordination");
    case ComponentKind::External:
        return KindNames::tr("external");
    }
    return toQString(toString(kind));
}

QString kindDisplayName(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::Sync:
        return KindNames::tr("sync");
    case ConnectionKind::Async:
        return KindNames::tr("async");
    case ConnectionKind::Replication:
        return KindNames::tr("replication");
    case ConnectionKind::Telemetry:
        return KindNames::tr("telemetry");
    }
    return toQString(toString(kind));
}

QString kindExplanation(ConnectionKind kind) {
    switch (kind) {
    case ConnectionKind::Sync:
        return KindNames::tr("the caller waits for the answer");
    case ConnectionKind::Async:
        return KindNames::tr("a message handed off; the sender goes on");
    case ConnectionKind::Replication:
        return KindNames::tr("a store copying its data to a replica");
    case ConnectionKind::Telemetry:
        return KindNames::tr("metrics, logs or traces sent for monitoring");
    }
    return {};
}

QString kindDisplayName(GroupKind kind) {
    switch (kind) {
    case GroupKind::Region:
        return KindNames::tr("region");
    case GroupKind::Zone:
        return KindNames::tr("zone");
    case GroupKind::Boundary:
        return KindNames::tr("boundary");
    }
    return toQString(toString(kind));
}

} // namespace archboard
