#include "msgpackwriter.h"

namespace archboard::store {

std::string toMsgpack(const Json& value) {
    std::string bytes;
    Json::to_msgpack(value, nlohmann::detail::output_adapter<char, std::string>(bytes));
    return bytes;
}

} // namespace archboard::store
