#include "layereddesign.h"

#include "pythonrandom.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace archboard::bench {

namespace {

constexpr double kPitchX = 220, kPitchY = 160, kLayerGap = 120;

struct Layer {
    double share; // of all components
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

// "load_balancer" -> "Load Balancer", as people title a box.
std::string titleOf(ComponentKind kind) {
    std::string title(toString(kind));
    bool wordStart = true;
    for (char& c : title) {
        if (c == '_')
            c = ' ';
        const bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
        if (letter)
            c = static_cast<char>(wordStart ? std::toupper(static_cast<unsigned char>(c))
                                            : std::tolower(static_cast<unsigned char>(c)));
        wordStart = !letter;
    }
    return title;
}

// Python's round(): halves go to the even neighbour.
double roundHalfEven(double value) {
    return std::nearbyint(value);
}

} // namespace

DesignData layeredDesign(std::size_t n, std::uint32_t seed, Wiring wiring) {
    PythonRandom random(seed);
    DesignData d;
    d.info.id = "layered-" + std::to_string(n);
    d.info.title = "Layered " + std::to_string(n);
    d.info.prompt = "peer benchmark";
    d.components.reserve(n);
    d.connections.reserve(2 * n);

    const auto& all = layers();
    const auto columns = static_cast<std::size_t>(
        std::max(4.0, roundHalfEven(std::sqrt(1.6 * kPitchY * static_cast<double>(n) / kPitchX))));
    std::vector<std::size_t> sizes;
    std::size_t assigned = 0;
    for (const Layer& layer : all) {
        sizes.push_back(std::max<std::size_t>(
            1, static_cast<std::size_t>(layer.share * static_cast<double>(n))));
        assigned += sizes.back();
    }
    // The rounding rest goes to the first service tier, either way.
    sizes[2] = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(sizes[2]) +
                                        static_cast<std::ptrdiff_t>(n) -
                                        static_cast<std::ptrdiff_t>(assigned));

    // Rows of boxes, top to bottom (a layer spans one or more rows), each
    // left to right.
    std::vector<std::vector<std::size_t>> rows;
    double y = 0;
    for (std::size_t l = 0; l < all.size(); ++l) {
        const std::size_t size = sizes[l];
        const auto rowCount = static_cast<std::size_t>(
            std::ceil(static_cast<double>(size) / static_cast<double>(columns)));
        // Balanced rows: no stub row at a layer's end.
        const auto perRow = static_cast<std::size_t>(
            std::ceil(static_cast<double>(size) / static_cast<double>(rowCount)));
        for (std::size_t k = 0; k < size; ++k) {
            const std::size_t row = k / perRow;
            const std::size_t column = k % perRow;
            if (column == 0)
                rows.emplace_back();
            const std::size_t inRow = std::min(perRow, size - row * perRow);
            // Short rows are centred.
            const double x = (static_cast<double>(column) +
                              (static_cast<double>(columns) - static_cast<double>(inRow)) / 2) *
                             kPitchX;
            const std::size_t i = d.components.size();
            Component c;
            c.kind = random.choice(std::span<const ComponentKind>(all[l].kinds));
            c.id = "c" + std::to_string(i);
            c.name = titleOf(c.kind) + " " + std::to_string(i);
            c.tech = techFor(c.kind);
            static constexpr std::int64_t kCounts[] = {1, 2, 3};
            c.replicas = random.choice(std::span<const std::int64_t>(kCounts));
            c.zones = random.choice(std::span<const std::int64_t>(kCounts));
            c.position = {roundHalfEven(x), y + static_cast<double>(row) * kPitchY};
            rows.back().push_back(i);
            d.components.push_back(std::move(c));
        }
        y += static_cast<double>(rowCount) * kPitchY + kLayerGap;
    }
    std::vector<std::size_t> rowOf(n);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (const std::size_t i : rows[r])
            rowOf[i] = r;

    const double width = static_cast<double>(columns - 1) * kPitchX;
    // A box in row r near x (mapped onto the row's span: short rows are
    // centred), give or take two columns.
    const auto near = [&](std::size_t r, double x) {
        const auto& row = rows[r];
        const double span =
            d.components[row.back()].position.x - d.components[row.front()].position.x;
        auto j = static_cast<std::ptrdiff_t>(
            span != 0 ? roundHalfEven(x / width * static_cast<double>(row.size() - 1)) : 0);
        j += random.randint(-2, 2);
        j = std::clamp<std::ptrdiff_t>(j, 0, static_cast<std::ptrdiff_t>(row.size()) - 1);
        const std::size_t nearby = row[static_cast<std::size_t>(j)];
        if (wiring == Wiring::Scattered)
            return row[random.below(static_cast<std::uint32_t>(row.size()))];
        return nearby;
    };

    std::vector<std::size_t> sources;
    for (std::size_t r = 0; r + 1 < rows.size(); ++r)
        sources.insert(sources.end(), rows[r].begin(), rows[r].end());
    std::set<std::pair<std::size_t, std::size_t>> seen;
    for (std::size_t e = 0; d.connections.size() < 2 * n && !sources.empty(); ++e) {
        const std::size_t s = sources[e % sources.size()];
        const std::size_t r = rowOf[s];
        const double x = d.components[s].position.x;
        const double p = random.random();
        std::size_t t = 0;
        if (p < 0.10)
            t = near(r, x);
        else if (p < 0.30 && r + 2 < rows.size())
            t = near(r + 2, x);
        else
            t = near(r + 1, x);
        if (t == s || !seen.emplace(s, t).second)
            continue;
        Connection c;
        c.id = "e" + std::to_string(d.connections.size());
        c.from = d.components[s].id;
        c.to = d.components[t].id;
        const ComponentKind to = d.components[t].kind;
        c.kind = to == ComponentKind::Queue || to == ComponentKind::Stream ? ConnectionKind::Async
                                                                           : ConnectionKind::Sync;
        d.connections.push_back(std::move(c));
    }
    return d;
}

} // namespace archboard::bench
