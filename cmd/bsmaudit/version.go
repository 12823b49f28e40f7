package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build info is used.
var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("version", "bsmaudit version", stderr)
	if code, done := parse(fs, args); done {
		return code
	}
	fmt.Fprintf(stdout, "bsmaudit %s\n", toolVersion())
	return exitOK
}
