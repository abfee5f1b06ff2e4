#pragma once

#include <string_view>

// Data files from resources/catalogue/, compiled in (see cmake/EmbedText.cmake).
namespace archboard::embedded {

std::string_view ruleCatalogueJson();
std::string_view technologyCatalogueJson();

} // namespace archboard::embedded
