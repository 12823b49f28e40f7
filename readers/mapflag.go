package readers

import (
	"fmt"
	"strings"
)

// ParseMap parses --map values "FIELD=COLUMN" (field names of CLI.md). The
// field is matched case-insensitively ('-' may stand for '_'); the column is
// kept as written. The error names the bad value.
func ParseMap(values []string) (map[Field]string, error) {
	out := map[Field]string{}
	for _, v := range values {
		name, col, ok := strings.Cut(v, "=")
		if !ok {
			return nil, fmt.Errorf("--map %q: want FIELD=COLUMN, e.g. --map sent_at=\"Date\"", v)
		}
		f, ok := fieldByName(name)
		if !ok {
			return nil, fmt.Errorf("--map %q: unknown field %q (fields: %s)", v, strings.TrimSpace(name), fieldNames())
		}
		if strings.TrimSpace(col) == "" {
			return nil, fmt.Errorf("--map %q: the column name is empty", v)
		}
		if prev, dup := out[f]; dup && prev != col {
			return nil, fmt.Errorf("--map %q: %s is already mapped to %q", v, f, prev)
		}
		out[f] = col
	}
	return out, nil
}

func fieldByName(name string) (Field, bool) {
	n := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(name)), "-", "_")
	for _, f := range Fields {
		if string(f) == n {
			return f, true
		}
	}
	return "", false
}

func fieldNames() string {
	s := make([]string, len(Fields))
	for i, f := range Fields {
		s[i] = string(f)
	}
	return strings.Join(s, ", ")
}
