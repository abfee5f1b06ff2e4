#pragma once

#include <QString>
#include <string>
#include <string_view>

namespace archboard {

// The model stores UTF-8; Qt wants QString. Conversions are explicit because
// the build defines QT_NO_CAST_FROM_ASCII.
inline QString toQString(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString& text) {
    return text.toStdString();
}

} // namespace archboard
