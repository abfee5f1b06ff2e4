#include "layereddesign.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

namespace archboard::bench {

namespace {

struct Layer {
    double share;
    std::vector<ComponentKind> kinds;
};

const std::vector<Layer>& layers() {
    using K = ComponentKind;
    static const std::vector<Layer> all{
        {0.04, {K::Client, K::Cdn, K::Dns}},
        {0.06, {K::LoadBalancer, K::ApiGateway, K::RateLimiter, K::Identity}},
        {0.25, {K::Service}},
        {0.20, {K::Service, K::ModelServing}},
        {0.08, {K::Queue, K::Stream}},
        {0.15, {K::Worker, K::Processor}},
        {0.08, {K::Cache}},
        {0.14, {K::SqlStore, K::NosqlStore, K::ObjectStore, K::SearchIndex}},
    };
    return all;
}

std::string techFor(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::Queue:
        return "RabbitMQ";
    case ComponentKind::Stream:
        return "Kafka";
    case ComponentKind::Cache:
        return "Redis";
    case ComponentKind::SqlStore:
        return "PostgreSQL";
    case ComponentKind::NosqlStore:
        return "Cassandra";
    case ComponentKind::ObjectStore:
        return "S3";
    case ComponentKind::SearchIndex:
        return "Elasticsearch";
    case ComponentKind::LoadBalancer:
        return "NGINX";
    case ComponentKind::ApiGateway:
        return "Envoy";
    case ComponentKind::Processor:
        return "Apache Flink";
    default:
        return "";
    }
}

ConnectionKind connectionKind(ComponentKind from, ComponentKind to) {
    const bool toLog = to == ComponentKind::Queue || to == ComponentKind::Stream;
    const bool fromLog = from == ComponentKind::Queue || from == ComponentKind::Stream;
    return toLog || fromLog ? ConnectionKind::Async : ConnectionKind::Sync;
}

} // namespace

DesignData layeredDesign(std::size_t n, std::uint32_t seed) {
    constexpr double kPitchX = 220, kPitchY = 160, kLayerGap = 120;
    std::mt19937 random(seed);
    DesignData d;
    d.info.title = "Layered design, " + std::to_string(n) + " components";
    d.components.reserve(n);
    d.connections.reserve(2 * n);

    const auto& all = layers();
    std::vector<std::size_t> sizes;
    std::size_t assigned = 0;
    for (const Layer& layer : all) {
        sizes.push_back(std::max<std::size_t>(
            1, static_cast<std::size_t>(layer.share * static_cast<double>(n))));
        assigned += sizes.back();
    }
    if (assigned < n)
        sizes[2] += n - assigned;
    const auto columns = static_cast<std::size_t>(
        std::max(4.0, std::round(std::sqrt(1.6 * kPitchY * static_cast<double>(n) / kPitchX))));

    std::vector<std::vector<std::size_t>> rows; // component indices by layer
    double y = 0;
    for (std::size_t l = 0; l < all.size() && d.components.size() < n; ++l) {
        rows.emplace_back();
        const std::size_t size = std::min(sizes[l], n - d.components.size());
        const std::size_t rowCount = (size + columns - 1) / columns;
        for (std::size_t k = 0; k < size; ++k) {
            Component c;
            c.id = "c" + std::to_string(d.components.size());
            c.kind = all[l].kinds[k % all[l].kinds.size()];
            c.name = std::string(toString(c.kind)) + " " + std::to_string(k + 1);
            c.tech = techFor(c.kind);
            c.replicas = 1 + static_cast<std::int64_t>(random() % 3);
            c.position = {static_cast<double>(k % columns) * kPitchX,
                          y + static_cast<double>(k / columns) * kPitchY};
            rows.back().push_back(d.components.size());
            d.components.push_back(std::move(c));
        }
        y += static_cast<double>(rowCount) * kPitchY + kLayerGap;
    }

    // Exactly 2n connections, mostly to a nearby box in the next layer.
    std::size_t edge = 0;
    while (d.connections.size() < 2 * n && n > 1) {
        const std::size_t from = random() % n;
        std::size_t layer = 0;
        while (layer + 1 < rows.size() && from > rows[layer].back())
            ++layer;
        const std::size_t next = std::min(layer + 1 + (random() % 10 < 2 ? 1 : 0), rows.size() - 1);
        const auto& targets = rows[next];
        const std::size_t to = targets[random() % targets.size()];
        if (to == from)
            continue;
        Connection c;
        c.id = "e" + std::to_string(edge++);
        c.from = d.components[from].id;
        c.to = d.components[to].id;
        c.kind = connectionKind(d.components[from].kind, d.components[to].kind);
        if (c.kind == ConnectionKind::Sync)
            c.props.timeoutMs = 500;
        d.connections.push_back(std::move(c));
    }
    return d;
}

} // namespace archboard::bench
