#include "componentnames.h"

#include "critique/technologycatalogue.h"

namespace archboard {

void ComponentNames::clear() {
    m_ids.clear();
    m_names.clear();
    m_idOffsets.clear();
    m_nameOffsets.clear();
    m_hashes.clear();
    m_slots.clear();
    m_mask = 0;
}

void ComponentNames::reserve(std::size_t components) {
    m_idOffsets.reserve(components + 1);
    m_nameOffsets.reserve(components + 1);
    m_hashes.reserve(components);
}

void ComponentNames::add(std::string_view id, std::string_view name) {
    if (m_idOffsets.empty()) {
        m_idOffsets.push_back(0);
        m_nameOffsets.push_back(0);
    }
    m_ids.append(id);
    m_idOffsets.push_back(static_cast<std::uint32_t>(m_ids.size()));
    if (!trimmed(name).empty())
        m_names.append(name);
    m_nameOffsets.push_back(static_cast<std::uint32_t>(m_names.size()));
    m_hashes.push_back(hashOf(id));
}

void ComponentNames::seal() {
    std::size_t capacity = 16;
    while (capacity < 2 * m_hashes.size())
        capacity *= 2;
    m_mask = capacity - 1;
    m_slots.assign(capacity, Slot{0, 0, kMissing});
    for (Index i = 0; i < m_hashes.size(); ++i) {
        std::size_t at = m_hashes[i] & m_mask;
        while (m_slots[at].index != kMissing)
            at = (at + 1) & m_mask;
        m_slots[at] = {keyOf(id(i)), m_hashes[i], i};
    }
    m_hashes.clear();
}

} // namespace archboard
