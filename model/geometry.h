#pragma once

namespace archboard {

// Scene coordinates of an item's centre.
struct Position {
    double x = 0;
    double y = 0;
    bool operator==(const Position&) const = default;
};

struct Rect {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    bool operator==(const Rect&) const = default;
};

} // namespace archboard
