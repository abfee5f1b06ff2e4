#pragma once

#include "critique/graphindex.h"

#include <string_view>

namespace archboard {

// What a call does twice when it is repeated, read from the drawing: the
// target's name, technology and catalogue entry, and the connection's label
// and protocol (docs/spec/rules.md, "Side effects").
enum class SideEffect {
    None,    // nothing says the call changes anything
    Payment, // a card charge, a transfer, an invoice
    Email,
    Sms,
    Push,
    Other, // another write: a POST, an order, a booking
};

SideEffect sideEffectOf(const GraphIndex& graph, std::size_t connection);

// The catalogue fix key of each side effect (RuleText::fixes); empty for None.
std::string_view fixKeyOf(SideEffect effect);

} // namespace archboard
