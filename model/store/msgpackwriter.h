#pragma once

#include "../json.h"

#include <string>

namespace archboard::store {

// A JSON tree as MessagePack bytes, the form a document stores.
std::string toMsgpack(const Json& value);

} // namespace archboard::store
