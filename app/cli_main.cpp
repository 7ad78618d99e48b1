// SPDX-License-Identifier: GPL-3.0-or-later
// clearmesh-cli: the headless face of the clearing core (DESIGN §12). No Qt here.
#include "core/api/report.h"
#include "core/domain/world_loader.h"
#include "core/risk/market_state.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

const char* kUsage = R"(usage: clearmesh-cli COMMAND [OPTIONS]

commands:
  report --world FILE [--pretty]   margin of every account as JSON (DESIGN §12)
  help                             this text

exit codes: 0 ok, 2 bad usage or bad input (the message on stderr names what and where),
            3 the domain refused (the reason is in the JSON)
)";

struct Args {
    std::string command;
    std::map<std::string, std::string> options;
    std::vector<std::string> flags;
};

// Options take one value ("--world FILE"); flags take none. Anything else is a usage error.
bool parseArgs(int argc, char** argv, const std::vector<std::string>& withValue,
               const std::vector<std::string>& flags, Args& out, std::string& error)
{
    for (int i = 2; i < argc; ++i) {
        const std::string a = argv[i];
        if (std::find(flags.begin(), flags.end(), a) != flags.end()) {
            out.flags.push_back(a);
        } else if (std::find(withValue.begin(), withValue.end(), a) != withValue.end()) {
            if (i + 1 >= argc) {
                error = a + " needs a value";
                return false;
            }
            out.options[a] = argv[++i];
        } else {
            error = "unknown argument '" + a + "'";
            return false;
        }
    }
    return true;
}

bool hasFlag(const Args& a, const std::string& f)
{
    return std::find(a.flags.begin(), a.flags.end(), f) != a.flags.end();
}

int usageError(const std::string& message)
{
    std::cerr << "clearmesh-cli: " << message << "\n\n" << kUsage;
    return kExitUsage;
}

int runReport(const Args& args)
{
    const auto it = args.options.find("--world");
    if (it == args.options.end())
        return usageError("report needs --world FILE");
    auto world = cm::loadWorldFile(it->second);
    if (!world) {
        std::cerr << "clearmesh-cli: " << world.error().message << "\n";
        return kExitUsage;
    }
    const auto market = cm::MarketState::fromWorld(world.value());
    const auto report = cm::buildReport(world.value(), market);
    std::cout << report.dump(hasFlag(args, "--pretty") ? 2 : -1) << "\n";
    return kExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2)
        return usageError("no command given");
    Args args;
    args.command = argv[1];
    std::string error;
    if (args.command == "help" || args.command == "--help" || args.command == "-h") {
        std::cout << kUsage;
        return kExitOk;
    }
    if (args.command == "report") {
        if (!parseArgs(argc, argv, {"--world"}, {"--pretty"}, args, error))
            return usageError(error);
        return runReport(args);
    }
    return usageError("unknown command '" + args.command + "'");
}
