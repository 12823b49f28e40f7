package policy

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestHostilePolicies: broken and hostile policy files end in an error
// naming the file, never a panic, and allocate at most 64 MiB in all
// (runtime.MemStats.TotalAlloc, an upper bound of the peak). The files
// under testdata/invalid (unknown keys, a regex that does not compile, an
// empty policy, a YAML alias bomb...) are TestLoadInvalid's; these are
// generated.
func TestHostilePolicies(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte("name: x\n"+strings.Repeat("#", maxPolicyBytes)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, content, want string
	}{
		{"deep.yaml", strings.Repeat("[", 100_000), "deep.yaml"},
		{"binary.yaml", "\x00\x01\x02\xff\xfe PAR1 \x00", "binary.yaml"},
		{"unknown.yaml", "name: x\nversion: 1\nrulez: []\n", "unknown key rulez"},
		{"whitespace.yaml", " \n\t\n", "empty policy file"},
		{"tabs.yaml", "name:\tx\n\tversion: 1\n", "tabs.yaml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			alloc, err := loadMeasured(p)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
			if alloc > 64<<20 {
				t.Errorf("allocated %d MiB", alloc>>20)
			}
		})
	}
	alloc, err := loadMeasured(big)
	if err == nil || !strings.Contains(err.Error(), "more than the 16 MiB a policy file may have") || alloc > 1<<20 {
		t.Errorf("big policy: err = %v, %d bytes allocated", err, alloc)
	}
}

func loadMeasured(path string) (uint64, error) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Load(path)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, err
}
