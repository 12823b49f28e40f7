package readers

import (
	"fmt"
	"strings"
)

// directions maps the direction values exporters write (lower case,
// trimmed) to a Direction: the words for a party (seller/buyer) as well as
// for a movement (outbound/inbound).
var directions = map[string]Direction{
	"outbound": Outbound, "out": Outbound, "sent": Outbound, "seller": Outbound,
	"merchant": Outbound, "us": Outbound, "me": Outbound, "agent": Outbound,
	"outgoing": Outbound,
	"inbound":  Inbound, "in": Inbound, "received": Inbound, "buyer": Inbound,
	"customer": Inbound, "incoming": Inbound,
}

// parseDirection reads a direction value. An empty value is an error: a
// log that has a direction column must say it on every row.
func parseDirection(v string) (Direction, error) {
	s := strings.ToLower(strings.TrimSpace(v))
	if s == "" {
		return Outbound, fmt.Errorf("direction is empty")
	}
	if d, ok := directions[s]; ok {
		return d, nil
	}
	return Outbound, fmt.Errorf("direction %q: not a direction (expected outbound/inbound, seller/buyer, sent/received)", v)
}

// parseOptedOut reads a yes/no value; empty means not opted out.
func parseOptedOut(v string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "yes", "1", "y", "x":
		return true, nil
	case "false", "no", "0", "n", "":
		return false, nil
	}
	return false, fmt.Errorf("buyer_opted_out %q: not a yes/no value (expected true/false, yes/no, 1/0, y/n, x or empty)", v)
}
