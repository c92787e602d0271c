// The table of built-in modules; see registry.h.
#include "core/py/modules/registry.h"

#include "core/aio/aio.h"
#include "core/record/record_module.h"

#include <map>
#include <set>

namespace loopstep::py {

ModuleInitFn find_builtin_module(const std::string& name) {
    static const std::map<std::string, ModuleInitFn> table = {
        {"sys", init_sys_module},
        {"time", init_time_module},
        {"math", init_math_module},
        {"random", init_random_module},
        {"_loopstep", init_loopstep_module},
        {"_asyncio", aio::init_asyncio_native_module},
        {"_asyncio_loop", aio::init_asyncio_loop_module},
        {"atexit", init_atexit_module},
        {"_thread", init_thread_module},
        {"_loopstep_record", record::init_record_module},
    };
    auto it = table.find(name);
    return it == table.end() ? nullptr : it->second;
}

bool is_sandboxed_module(const std::string& name) {
    static const std::set<std::string> withheld = {
        "os", "io", "pathlib", "shutil", "subprocess", "socket", "ssl", "select", "selectors",
        "signal", "multiprocessing", "urllib", "http", "ftplib", "smtplib", "tempfile", "glob",
        "fcntl", "pty", "tty", "pickle", "shelve", "sqlite3", "ctypes", "mmap", "resource",
        "importlib", "runpy", "webbrowser", "zipfile", "tarfile", "gzip", "bz2", "lzma", "csv",
        "fileinput", "filecmp", "posix", "pwd", "grp", "platform", "sysconfig", "site", "socketserver",
        "asyncore", "asynchat", "telnetlib", "xmlrpc", "email", "json", "uuid", "secrets", "hashlib"};
    std::string top = name.substr(0, name.find('.'));
    return withheld.count(top) > 0;
}

} // namespace loopstep::py
