#pragma once

#include <string>

namespace archboard::store {

// Now, in UTC, as a document stores times: YYYY-MM-DDTHH:MM:SSZ.
std::string utcNow();

} // namespace archboard::store
