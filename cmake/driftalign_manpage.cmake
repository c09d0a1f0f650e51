# Writes the man page driftalign.1 from the template cmake/driftalign.1.in and
# the --help of every verb of the built binary (run at build time):
#   cmake -DBINARY=build/driftalign -DTEMPLATE=cmake/driftalign.1.in -DOUT=build/driftalign.1
#         -DDRIFTALIGN_VERSION=0.1.0 -DDRIFTALIGN_DATADIR=/usr/local/share -P cmake/driftalign_manpage.cmake
foreach(var BINARY TEMPLATE OUT DRIFTALIGN_VERSION DRIFTALIGN_DATADIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "driftalign_manpage.cmake: -D${var}=... is required")
  endif()
endforeach()

# The help text of `driftalign ARGS... --help`, as roff lines kept as typed:
# backslashes escaped, lines that would read as requests (. or ') guarded, and
# the binary's path (CLI11 prints argv[0]) shortened to "driftalign".
function(driftalign_help out_var)
  execute_process(COMMAND ${BINARY} ${ARGN} --help
                  OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${BINARY} ${ARGN} --help failed (${rc}): ${err}")
  endif()
  string(REPLACE "${BINARY}" "driftalign" help "${help}")
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(REGEX REPLACE "\n+$" "" help "${help}")
  set(${out_var} "${help}" PARENT_SCOPE)
endfunction()

# The verbs, as the top-level help lists them under "Subcommands:" (a name at
# an indent of two spaces; continuation lines are indented further).
execute_process(COMMAND ${BINARY} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${BINARY} --help failed (${rc})")
endif()
string(FIND "${top}" "\nSubcommands:\n" at)
if(at LESS 0)
  message(FATAL_ERROR "${BINARY} --help lists no subcommands")
endif()
string(SUBSTRING "${top}" ${at} -1 subcommands)
string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*" names "${subcommands}")

set(DRIFTALIGN_VERBS "")
foreach(name IN LISTS names)
  string(STRIP "${name}" verb)
  driftalign_help(help ${verb})
  string(APPEND DRIFTALIGN_VERBS ".SS ${verb}\n.nf\n${help}\n.fi\n")
endforeach()
if(DRIFTALIGN_VERBS STREQUAL "")
  message(FATAL_ERROR "no verb found in the help of ${BINARY}")
endif()
string(REGEX REPLACE "\n$" "" DRIFTALIGN_VERBS "${DRIFTALIGN_VERBS}")
configure_file(${TEMPLATE} ${OUT} @ONLY)
