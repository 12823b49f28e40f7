package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"testing"

	"github.com/bsmaudit/bsmaudit/audit"
)

// TestWriteJSONGolden compares the whole summary with a golden file.
func TestWriteJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, testSummary(), Tool{"bsmaudit", "0.1.0"}); err != nil {
		t.Fatal(err)
	}
	goldenBytes(t, "summary.json", buf.Bytes())
}

// TestWriteJSONKeys checks the keys CLI.md promises, at every level, on a
// full summary and on an empty one (where nothing may be null that CLI.md
// does not allow to be).
func TestWriteJSONKeys(t *testing.T) {
	required := []string{"tool", "policy", "inputs", "rows", "messages", "classes", "reasons",
		"findings", "days", "breaches", "blocked", "response_time"}
	nested := map[string][]string{
		"tool":          {"name", "version"},
		"policy":        {"name", "version", "sha256"},
		"rows":          {"read", "audited", "rejected"},
		"messages":      {"outbound", "inbound"},
		"classes":       {"critical", "non-critical", "prohibited"},
		"blocked":       {"total", "reasons"},
		"response_time": {"inbound", "answered_within_24h", "share_within_24h"},
	}
	for name, sum := range map[string]*audit.Summary{"full": testSummary(), "empty": {}} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, sum, Tool{"bsmaudit", "dev"}); err != nil {
				t.Fatal(err)
			}
			var obj map[string]any
			if err := json.Unmarshal(buf.Bytes(), &obj); err != nil {
				t.Fatal(err)
			}
			for _, k := range required {
				v, ok := obj[k]
				if !ok || v == nil {
					t.Errorf("key %q missing or null", k)
				}
			}
			for k, keys := range nested {
				m, _ := obj[k].(map[string]any)
				for _, kk := range keys {
					if _, ok := m[kk]; !ok {
						t.Errorf("key %s.%s missing", k, kk)
					}
				}
			}
			for _, k := range []string{"inputs", "days"} {
				if _, ok := obj[k].([]any); !ok {
					t.Errorf("%s = %v, want a list", k, obj[k])
				}
			}
		})
	}
}

// TestWriteJSONValues checks a few values, the days' keys and their nulls.
func TestWriteJSONValues(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, testSummary(), Tool{"bsmaudit", "0.1.0"}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Rows    map[string]int
		Classes map[string]int
		Inputs  []map[string]any
		Days    []map[string]any
		Period  map[string]string
		Resp    map[string]any `json:"response_time"`
		Blocked map[string]any
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"read": 6, "audited": 5, "rejected": 1}; !reflect.DeepEqual(got.Rows, want) {
		t.Errorf("rows = %v, want %v", got.Rows, want)
	}
	if got.Classes["non-critical"] != 1 {
		t.Errorf("classes = %v", got.Classes)
	}
	if got.Resp["share_within_24h"] != 0.5 {
		t.Errorf("response_time = %v", got.Resp)
	}
	// Issue 5's additions: by day and account, the policy cross-check.
	byDay, _ := got.Resp["by_day"].([]any)
	byAccount, _ := got.Resp["by_account"].([]any)
	if len(byDay) != 2 || len(byAccount) != 2 {
		t.Fatalf("response_time by_day = %v, by_account = %v, want 2 each", byDay, byAccount)
	}
	if d := byDay[1].(map[string]any); d["date"] != "2025-01-03" || d["unanswered"] != 1.0 {
		t.Errorf("by_day[1] = %v", d)
	}
	if a := byAccount[0].(map[string]any); a["account"] != "shop-de" || a["share_within_24h"] != 1.0 {
		t.Errorf("by_account[0] = %v", a)
	}
	if got.Blocked["predicted_delivered"] != 1.0 ||
		!reflect.DeepEqual(got.Blocked["unknown_statuses"], map[string]any{"queued": 2.0}) ||
		!reflect.DeepEqual(got.Blocked["predicted_reasons"], map[string]any{"opted_out": 1.0}) {
		t.Errorf("blocked = %v", got.Blocked)
	}
	if got.Days[0]["window_covered"] != 30.0 || got.Days[1]["window_covered"] != 12.0 {
		t.Errorf("window_covered = %v, %v", got.Days[0]["window_covered"], got.Days[1]["window_covered"])
	}
	if got.Period["from"] != "2025-01-02T00:30:00+01:00" {
		t.Errorf("period.from = %q, want it in the summary's zone", got.Period["from"])
	}
	var keys []string
	for k := range got.Inputs[0] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if want := []string{"encoding", "format", "path", "rows_read", "rows_rejected"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("input keys = %q, want %q", keys, want)
	}
	breach, unknown := got.Days[0], got.Days[1]
	if breach["limit"] != 1.0 || breach["over"] != 1.0 || breach["avg_daily_orders"] != 0.2 {
		t.Errorf("breach day = %v", breach)
	}
	for _, k := range []string{"limit", "avg_daily_orders"} {
		if v, ok := unknown[k]; !ok || v != nil {
			t.Errorf("day without orders: %s = %v (present %v), want null", k, v, ok)
		}
	}
	if unknown["over"] != 0.0 {
		t.Errorf("day under the limit: over = %v, want 0", unknown["over"])
	}
}
