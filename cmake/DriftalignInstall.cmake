# What `cmake --install` puts where (README "Install"), and the package that
# find_package(driftalign) reads:
#   bin/driftalign
#   share/driftalign/models/   the default model and MODEL.md (found there by the
#                              binary: pipeline/model_lookup.h)
#   share/doc/driftalign/      README.md and docs/
#   share/man/man1/driftalign.1  generated from the verbs' --help (cmake/driftalign_manpage.cmake)
#   lib/libdriftalign_*.a, include/driftalign/, lib/cmake/driftalign/  the pipeline
#                              library as the imported target driftalign::driftalign
# Components: "runtime" (the tool) and "dev" (library, headers, CMake package).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# --- the tool -----------------------------------------------------------------
install(TARGETS driftalign RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(FILES models/driftalign-enfr-v2.dam models/MODEL.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/driftalign/models COMPONENT runtime)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(DIRECTORY docs DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime FILES_MATCHING PATTERN "*.md")

add_custom_command(
  OUTPUT ${PROJECT_BINARY_DIR}/driftalign.1
  COMMAND ${CMAKE_COMMAND} -DBINARY=$<TARGET_FILE:driftalign>
          -DTEMPLATE=${PROJECT_SOURCE_DIR}/cmake/driftalign.1.in -DOUT=${PROJECT_BINARY_DIR}/driftalign.1
          -DDRIFTALIGN_VERSION=${PROJECT_VERSION} -DDRIFTALIGN_DATADIR=${CMAKE_INSTALL_FULL_DATADIR}
          -P ${PROJECT_SOURCE_DIR}/cmake/driftalign_manpage.cmake
  DEPENDS driftalign ${PROJECT_SOURCE_DIR}/cmake/driftalign.1.in ${PROJECT_SOURCE_DIR}/cmake/driftalign_manpage.cmake
  COMMENT "Writing the man page driftalign.1 from the verbs' --help")
add_custom_target(driftalign_manpage ALL DEPENDS ${PROJECT_BINARY_DIR}/driftalign.1)
install(FILES ${PROJECT_BINARY_DIR}/driftalign.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)

# --- the library --------------------------------------------------------------
# Every module library the pipeline links (static), exported as
# driftalign::<module>; driftalign::driftalign is the pipeline with all of them.
set(DRIFTALIGN_EXPORTED_LIBRARIES driftalign_text driftalign_segment driftalign_embed driftalign_align
    driftalign_drift driftalign_report driftalign_pipeline)
foreach(lib IN LISTS DRIFTALIGN_EXPORTED_LIBRARIES)
  string(REPLACE "driftalign_" "" module ${lib})
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${module})
endforeach()
set_target_properties(driftalign_flags PROPERTIES EXPORT_NAME flags)
add_library(driftalign_library INTERFACE)
target_link_libraries(driftalign_library INTERFACE driftalign_pipeline)
set_target_properties(driftalign_library PROPERTIES EXPORT_NAME driftalign)
add_library(driftalign::driftalign ALIAS driftalign_library)

install(TARGETS ${DRIFTALIGN_EXPORTED_LIBRARIES} driftalign_library driftalign_flags
        EXPORT driftalignTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/driftalign ${CMAKE_INSTALL_INCLUDEDIR})

# The public headers: pipeline.h, model_lookup.h (where the model is) and
# json_writer.h (the report as JSON), with every header they include; nothing
# else. Consumers write #include "pipeline/pipeline.h" (or <driftalign/pipeline/pipeline.h>).
set(DRIFTALIGN_PUBLIC_HEADERS
  align/aligner.h align/aligner_options.h align/bead.h align/word_coverage.h
  drift/checker.h drift/checker_options.h drift/content_words.h drift/coverage.h drift/facts.h
  drift/facts/entities.h drift/facts/extractor.h drift/facts/fact.h drift/flag.h drift/prepared_pair.h
  embed/model.h embed/model_format.h
  pipeline/model_lookup.h pipeline/options.h pipeline/pipeline.h
  report/alignment_report.h report/json_writer.h
  segment/segmenter.h segment/sentence.h
  text/input.h text/lang.h text/status.h)
foreach(header IN LISTS DRIFTALIGN_PUBLIC_HEADERS)
  get_filename_component(dir ${header} DIRECTORY)
  install(FILES src/${header} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/driftalign/${dir} COMPONENT dev)
endforeach()

set(DRIFTALIGN_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/driftalign)
set(DRIFTALIGN_MODEL_FILE ${CMAKE_INSTALL_DATADIR}/driftalign/models/driftalign-enfr-v2.dam)
install(EXPORT driftalignTargets NAMESPACE driftalign:: DESTINATION ${DRIFTALIGN_CMAKE_DIR} COMPONENT dev)
configure_package_config_file(cmake/driftalignConfig.cmake.in ${PROJECT_BINARY_DIR}/driftalignConfig.cmake
  INSTALL_DESTINATION ${DRIFTALIGN_CMAKE_DIR} PATH_VARS DRIFTALIGN_MODEL_FILE)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/driftalignConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/driftalignConfig.cmake ${PROJECT_BINARY_DIR}/driftalignConfigVersion.cmake
        DESTINATION ${DRIFTALIGN_CMAKE_DIR} COMPONENT dev)

if(DRIFTALIGN_BUILD_TESTS)
  add_subdirectory(tests/install)
endif()
