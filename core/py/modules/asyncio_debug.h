// Whether asyncio starts in debug mode in an interpreter, as PYTHONASYNCIODEBUG=1 makes it under
// CPython (`loopstep run --asyncio-debug`, the app's debug-mode toggle). Scenario programs cannot
// read the environment, so the runner says it here and asyncio.coroutines._is_debug_mode() asks
// through _loopstep.asyncio_debug(). Kept beside the Interp rather than in it, so that the switch
// does not touch the header every file of the interpreter includes.
#pragma once

namespace loopstep::py {

class Interp;

void set_asyncio_debug(const Interp& I, bool on); // until the Interp is gone, or set off
bool asyncio_debug(const Interp& I);

} // namespace loopstep::py
