#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace archboard {

// Every component's id and name, copied side by side into two flat buffers,
// and ids to positions by open addressing. Rules name
// the components they report and connections name their ends by id: on large
// designs reading those from the Components themselves would stream every
// Component from memory again, where these few bytes each stay in cache.
class ComponentNames {
public:
    using Index = std::uint32_t;
    static constexpr Index kMissing = ~Index{0};

    void clear();
    void reserve(std::size_t components);
    // Components are added in order, then the table is sealed for lookups.
    // A blank name is stored as none.
    void add(std::string_view id, std::string_view name);
    void seal();

    std::size_t size() const { return m_idOffsets.empty() ? 0 : m_idOffsets.size() - 1; }
    std::string_view id(Index i) const { return slice(m_ids, m_idOffsets, i); }
    bool hasName(Index i) const { return m_nameOffsets[i] != m_nameOffsets[i + 1]; }
    // The name people gave it, else its id.
    std::string_view label(Index i) const {
        return hasName(i) ? slice(m_names, m_nameOffsets, i) : id(i);
    }

    // FNV-1a: ids are short, and this needs no more.
    static std::uint32_t hashOf(std::string_view id) {
        std::uint32_t hash = 2166136261u;
        for (const char c : id)
            hash = (hash ^ static_cast<unsigned char>(c)) * 16777619u;
        return hash;
    }
    Index find(std::string_view id) const { return find(id, hashOf(id)); }
    Index find(std::string_view id, std::uint32_t hash) const {
        const std::uint64_t key = keyOf(id);
        for (std::size_t at = hash & m_mask;; at = (at + 1) & m_mask) {
            const Slot& slot = m_slots[at];
            if (slot.index == kMissing)
                return kMissing;
            if (slot.key == key && slot.hash == hash &&
                (id.size() < sizeof key || id == this->id(slot.index)))
                return slot.index;
        }
    }
    // Resolving many ids in a row misses the cache on each slot; a caller
    // that knows its next ids asks for their slots early.
    void prefetchSlot(std::uint32_t hash) const { __builtin_prefetch(&m_slots[hash & m_mask]); }

private:
    // An id's first eight bytes, zero-padded. Ids hold no zero bytes, so for
    // an id of up to seven bytes the key is the whole id, its end included,
    // and a lookup never reads the ids themselves, which on large designs
    // would miss the cache again.
    static std::uint64_t keyOf(std::string_view id) {
        std::uint64_t key = 0;
        std::memcpy(&key, id.data(), std::min(id.size(), sizeof key));
        return key;
    }
    struct Slot {
        std::uint64_t key;
        std::uint32_t hash;
        Index index;
    };
    static std::string_view slice(const std::string& chars,
                                  const std::vector<std::uint32_t>& offsets, Index i) {
        return std::string_view(chars).substr(offsets[i], offsets[i + 1] - offsets[i]);
    }

    std::string m_ids, m_names;
    std::vector<std::uint32_t> m_idOffsets, m_nameOffsets;
    std::vector<std::uint32_t> m_hashes; // until sealed
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
};

} // namespace archboard
