#include "load.h"

#include "critique/callwords.h"
#include "critique/graphindex.h"
#include "critique/statedrate.h"

#include <algorithm>
#include <array>

namespace archboard {

namespace {

using Index = GraphIndex::Index;

// A name server answers lookups and carries no traffic on; a CDN serves
// reads, and writes pass it by.
bool takesReads(ComponentKind kind) {
    return kind != ComponentKind::Dns;
}

bool takesWrites(ComponentKind kind) {
    return kind != ComponentKind::Dns && kind != ComponentKind::Cdn;
}

bool isQueueOrStream(ComponentKind kind) {
    return kind == ComponentKind::Queue || kind == ComponentKind::Stream;
}

// A cache is written where the design says so: it is write-through, or the
// call's label says it writes ("ZINCRBY by match points"). Otherwise it is
// filled from what the service reads, which is no write of the design's.
bool writesCache(const GraphIndex& graph, std::uint32_t c) {
    const std::string& label = graph.connection(c).label;
    if (labelSaysOnlyReads(label))
        return false;
    return graph.component(graph.to(c)).props.invalidation == Invalidation::WriteThrough ||
           labelSaysWrites(label);
}

// Where a write along connection `c` is kept: a queue or stream, a component
// through which a store of record is written, or a cache that is written.
bool keepsWrites(const GraphIndex& graph, std::uint32_t c) {
    const Index to = graph.to(c);
    const ComponentKind kind = graph.kind(to);
    if (!takesWrites(kind))
        return false;
    return isQueueOrStream(kind) || graph.reachesStoreOfRecord(to) ||
           (kind == ComponentKind::Cache && writesCache(graph, c));
}

// A connection's stated share, reading the Connection only where it has one.
std::optional<double> shareOf(const GraphIndex& graph, std::uint32_t c) {
    return graph.facts(c).share ? graph.connection(c).props.share : std::nullopt;
}

// What each of `count` parts carries of a whole: a stated share carries that
// fraction, the rest split what the stated shares leave, equally.
struct Split {
    double statedTotal = 0;
    std::size_t unstated = 0;

    void add(const std::optional<double>& share) {
        if (share)
            statedTotal += *share;
        else
            ++unstated;
    }
    double remainderEach() const {
        return unstated == 0 ? 0.0 : std::max(0.0, 1.0 - statedTotal) / double(unstated);
    }
};

} // namespace

std::optional<double> Load::reads(Index component) const {
    const Rate& rate = m_components[component];
    return rate.readsKnown ? std::optional(rate.reads) : std::nullopt;
}

std::optional<double> Load::writes(Index component) const {
    const Rate& rate = m_components[component];
    return rate.writesKnown ? std::optional(rate.writes) : std::nullopt;
}

void Load::begin(std::size_t components, std::size_t connections) {
    m_components.assign(components, Rate{});
    m_connections.assign(connections, Rate{});
    m_statesReads.assign(components, false);
    m_statesWrites.assign(components, false);
    m_anyStated = false;
}

void Load::note(Index i, const Component& c) {
    // Which kinds take `read_rps` and `write_rps`, looked up once.
    static const auto takes = [] {
        std::array<std::array<bool, 2>, enumCount<ComponentKind>()> table{};
        for (std::size_t k = 0; k < table.size(); ++k) {
            const auto kind = static_cast<ComponentKind>(k);
            table[k] = {kindHasProp(kind, PropKey::ReadRps), kindHasProp(kind, PropKey::WriteRps)};
        }
        return table;
    }();
    const auto& [readsProp, writesProp] = takes[static_cast<std::size_t>(c.kind)];
    const ComponentProps& props = c.props;
    Rate& rate = m_components[i];
    if (props.readRps && readsProp) {
        rate.reads = *props.readRps;
        rate.readsKnown = true;
        m_statesReads[i] = true;
        m_anyStated = true;
    }
    if (!writesProp)
        return;
    // The prop, else a rate the justification states ("a few writes per
    // minute").
    const std::optional<double> writes =
        props.writeRps ? props.writeRps : statedWriteRate(c.justification);
    if (writes) {
        rate.writes = *writes;
        rate.writesKnown = true;
        m_statesWrites[i] = true;
        m_anyStated = true;
    }
}

void Load::build(const GraphIndex& graph) {
    const std::size_t n = graph.size();
    // With no figure stated anywhere, nothing is known and there is
    // nothing to pass on.
    if (!seedEntries(graph) && !m_anyStated)
        return;

    // Components in topological order of the request connections, each
    // passing its load on once all its senders have; on a cycle, the first
    // component left (in stored order) goes next, and what reaches it later
    // adds nothing.
    m_incoming.assign(n, 0);
    for (const std::uint32_t c : graph.requestConnections())
        ++m_incoming[graph.to(c)];
    m_done.assign(n, false);
    m_order.clear();
    for (Index i = 0; i < n; ++i)
        if (m_incoming[i] == 0)
            m_order.push_back(i);
    Index nextLeft = 0;
    for (std::size_t head = 0; head < n; ++head) {
        if (head == m_order.size()) {
            while (m_done[nextLeft])
                ++nextLeft;
            m_order.push_back(nextLeft);
        }
        const Index i = m_order[head];
        m_done[i] = true;
        passOn(graph, i);
        for (const std::uint32_t c : m_out) {
            const Index to = graph.to(c);
            if (!m_done[to] && --m_incoming[to] == 0)
                m_order.push_back(to);
        }
    }
}

bool Load::seedEntries(const GraphIndex& graph) {
    const Requirements& requirements = graph.requirements();
    Split reads, writes;
    for (const Index entry : graph.entries()) {
        const ComponentKind kind = graph.kind(entry);
        if (takesReads(kind)) {
            if (m_statesReads[entry])
                reads.statedTotal += m_components[entry].reads;
            else
                ++reads.unstated;
        }
        if (takesWrites(kind)) {
            if (m_statesWrites[entry])
                writes.statedTotal += m_components[entry].writes;
            else
                ++writes.unstated;
        }
    }
    // Here the stated figures are rates, not fractions: what the entries
    // that state none share is the design's figure less theirs.
    const auto each = [](const std::optional<double>& total, const Split& split) {
        return total && split.unstated > 0
                   ? std::optional(std::max(0.0, *total - split.statedTotal) /
                                   double(split.unstated))
                   : std::nullopt;
    };
    const auto readsEach = each(requirements.peakReadRps, reads);
    const auto writesEach = each(requirements.peakWriteRps, writes);
    if (!readsEach && !writesEach)
        return false;
    for (const Index entry : graph.entries()) {
        const ComponentKind kind = graph.kind(entry);
        Rate& rate = m_components[entry];
        if (readsEach && takesReads(kind) && !m_statesReads[entry]) {
            rate.reads = *readsEach;
            rate.readsKnown = true;
        }
        if (writesEach && takesWrites(kind) && !m_statesWrites[entry]) {
            rate.writes = *writesEach;
            rate.writesKnown = true;
        }
    }
    return true;
}

void Load::passOn(const GraphIndex& graph, Index i) {
    const Rate rate = m_components[i];
    const ComponentKind kind = graph.kind(i);
    // Its outgoing request connections, and which of them carry reads and
    // which writes.
    m_out.clear();
    m_carrying.clear();
    m_keeps.clear();
    bool anyToData = false;
    for (const std::uint32_t c : graph.connectionsOf(i)) {
        if (graph.from(c) != i || !graph.facts(c).carriesRequests)
            continue;
        m_out.push_back(c);
        // An entry's figure is the design's, and one already passed on keeps
        // what it had: such a connection closes a cycle and carries nothing.
        const Index to = graph.to(c);
        if (m_done[to] || graph.isEntry(to))
            continue;
        m_carrying.push_back(c);
        m_keeps.push_back(keepsWrites(graph, c));
        anyToData = anyToData || m_keeps.back();
    }
    if (m_carrying.empty())
        return;
    // A message is a write, so only sync connections carry reads on; writes
    // go where data is kept when some connection leads there.
    const auto carriesReads = [&](std::uint32_t c) {
        return !isQueueOrStream(kind) && graph.facts(c).kind == ConnectionKind::Sync &&
               takesReads(graph.kind(graph.to(c)));
    };
    // A queue's or stream's messages go to its consumers, wherever they lead.
    const auto carriesWrites = [&](std::size_t k) {
        return m_keeps[k] || (takesWrites(graph.kind(graph.to(m_carrying[k]))) &&
                              (!anyToData || isQueueOrStream(kind)));
    };
    Split readSplit, writeSplit;
    for (std::size_t k = 0; k < m_carrying.size(); ++k) {
        const std::uint32_t c = m_carrying[k];
        const std::optional<double> share = shareOf(graph, c);
        if (carriesReads(c))
            readSplit.add(share);
        if (carriesWrites(k))
            writeSplit.add(share);
    }
    // Every consumer group of a stream reads every message; the consumers of
    // a queue compete for them.
    const bool everyConsumerGetsAll = kind == ComponentKind::Stream;
    const double readsEach = readSplit.remainderEach();
    const double writesEach = everyConsumerGetsAll ? 1.0 : writeSplit.remainderEach();
    for (std::size_t k = 0; k < m_carrying.size(); ++k) {
        const std::uint32_t c = m_carrying[k];
        const std::optional<double> share = shareOf(graph, c);
        // What it does not carry is known to be none where the sender's
        // figure is known.
        Rate& carried = m_connections[c];
        carried.readsKnown = rate.readsKnown;
        carried.writesKnown = rate.writesKnown;
        if (carriesReads(c))
            carried.reads = rate.reads * share.value_or(readsEach);
        if (carriesWrites(k))
            carried.writes = rate.writes * share.value_or(writesEach);
        const Index to = graph.to(c);
        Rate& target = m_components[to];
        if (!m_statesReads[to] && carried.readsKnown) {
            target.reads += carried.reads;
            target.readsKnown = true;
        }
        if (!m_statesWrites[to] && carried.writesKnown) {
            target.writes += carried.writes;
            target.writesKnown = true;
        }
    }
}

} // namespace archboard
