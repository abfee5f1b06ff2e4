#include "enumcombo.h"

#include "widgets/stringconvert.h"

namespace archboard {

QString enumValueLabel(std::string_view token) {
    return toQString(token).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace archboard
