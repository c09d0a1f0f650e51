# Debian packages with CPack (cpack -G DEB, from the build directory;
# scripts/deb_check.sh builds them with CMAKE_INSTALL_PREFIX=/usr and installs
# the first on a fresh Debian 12):
#   driftalign      the binary, the default model, docs and man page (component
#                   runtime); Depends computed by dpkg-shlibdeps from the binary
#                   (libc6, libfasttext0, libicu72, libpugixml1v5, libssl3,
#                   libstdc++6, libxxhash0 ... on Debian 12)
#   driftalign-dev  the static pipeline library, its headers and the CMake
#                   package (component dev); Depends on the -dev packages its
#                   driftalignConfig.cmake finds
set(CPACK_PACKAGE_NAME driftalign)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "align English and French news stories and flag translation drift")
set(CPACK_PACKAGE_DESCRIPTION
    "driftalign splits the English and the French version of a news story into sentences, aligns them
with bilingual word vectors and flags translation drift: figures, dates, quotes and entities that
changed, sentences and clauses without counterpart. Outputs: text, JSON, HTML, TMX, XLIFF, Moses.")
set(CPACK_PACKAGE_CONTACT "driftalign maintainers <driftalign@invalid>")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # <name>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME driftalign)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME driftalign-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS
    "driftalign (= ${PROJECT_VERSION}-1), libicu-dev, libeigen3-dev, nlohmann-json3-dev, libssl-dev, libpugixml-dev, libfasttext-dev, libxxhash-dev, pkg-config")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_COMPONENT_DEV_DESCRIPTION "driftalign's align + check pipeline as a static C++ library
(find_package(driftalign) -> driftalign::driftalign), its headers and CMake package.")
include(CPack)
