# One GUI test: runs loopstep's screenshot mode under a fresh Xvfb (1280x800, 24-bit, so the
# whole window is on screen) and checks the PNG with png_check. The old PNG is removed first, so a
# run that writes nothing cannot pass on a stale file.
# Run as: cmake -DLOOPSTEP=exe -DPNG_CHECK=exe -DOUT=file.png -DARGS=a|b [-DMAKE_EMPTY_DIR=dir]
#   -P screenshot_test.cmake
string(REPLACE "|" ";" args "${ARGS}")
file(REMOVE "${OUT}")
get_filename_component(out_dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${out_dir}")
if(MAKE_EMPTY_DIR)
  file(REMOVE_RECURSE "${MAKE_EMPTY_DIR}")
  file(MAKE_DIRECTORY "${MAKE_EMPTY_DIR}")
endif()
find_program(XVFB_RUN xvfb-run REQUIRED)
execute_process(
  COMMAND ${XVFB_RUN} -a -s "-screen 0 1280x800x24" ${LOOPSTEP} ${args} --screenshot ${OUT}
          --frames 5
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "loopstep --screenshot exited with '${status}'")
endif()
execute_process(COMMAND ${PNG_CHECK} ${OUT} 1280 800 RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "png_check rejected ${OUT}")
endif()
