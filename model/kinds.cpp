#include "kinds.h"

namespace archboard {

bool isStateful(ComponentKind kind) {
    switch (kind) {
    case ComponentKind::Queue:
    case ComponentKind::Stream:
    case ComponentKind::Cache:
    case ComponentKind::SqlStore:
    case ComponentKind::NosqlStore:
    case ComponentKind::ObjectStore:
    case ComponentKind::SearchIndex:
    case ComponentKind::Coordination:
        return true;
    default:
        return false;
    }
}

bool isStoreOfRecord(ComponentKind kind) {
    return kind == ComponentKind::SqlStore || kind == ComponentKind::NosqlStore ||
           kind == ComponentKind::ObjectStore;
}

} // namespace archboard
