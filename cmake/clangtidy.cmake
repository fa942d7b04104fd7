# The clang-tidy target (LYNCDNS_CLANG_TIDY, the "tidy" preset): run-clang-tidy with .clang-tidy over
# the compile commands of our own sources; generated files (moc, resources) and build folders are
# left out. It needs the moc output our sources include, not a compiled build.
find_program(LYNCDNS_RUN_CLANG_TIDY NAMES run-clang-tidy-14 run-clang-tidy REQUIRED)
find_program(LYNCDNS_CLANG_TIDY_BINARY NAMES clang-tidy-14 clang-tidy REQUIRED)

# Every buildsystem target defined in dir and below it.
function(lyncdns_targets_below dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        lyncdns_targets_below(${sub} below)
        list(APPEND targets ${below})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

set(LYNCDNS_TIDY_DIRS app|bench|model|tests|translations|ui)
add_custom_target(clang-tidy
    COMMAND ${LYNCDNS_RUN_CLANG_TIDY} -quiet -j 2
            -clang-tidy-binary ${LYNCDNS_CLANG_TIDY_BINARY}
            -p ${CMAKE_BINARY_DIR}
            -header-filter=^${PROJECT_SOURCE_DIR}/\(${LYNCDNS_TIDY_DIRS}\)/
            ^${PROJECT_SOURCE_DIR}/\(${LYNCDNS_TIDY_DIRS}\)/.*\\.cpp$
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "clang-tidy over app/, bench/, model/, tests/, translations/, ui/"
    USES_TERMINAL
    VERBATIM)

# Sources include their moc output (tst_*.moc, moc_*.cpp): generate it first.
lyncdns_targets_below(${PROJECT_SOURCE_DIR} lyncdns_all_targets)
foreach(target IN LISTS lyncdns_all_targets)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY" OR type STREQUAL "UTILITY")
        continue()
    endif()
    get_target_property(automoc ${target} AUTOMOC)
    if(automoc)
        add_dependencies(clang-tidy ${target}_autogen)
    endif()
endforeach()
