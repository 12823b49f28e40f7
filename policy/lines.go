package policy

import "go.yaml.in/yaml/v3"

// lines finds line numbers in the decoded YAML tree, so that errors found
// while compiling (stage two) still point into the file.
type lines struct {
	root *yaml.Node
}

func newLines(doc *yaml.Node) lines {
	if doc.Kind == yaml.DocumentNode && len(doc.Content) > 0 {
		return lines{root: doc.Content[0]}
	}
	return lines{}
}

// of returns the line of the node at a path of mapping keys (string) and
// sequence indexes (int), or of the deepest node found on the way; 0 when
// there is no tree.
func (l lines) of(path ...any) int {
	n := l.root
	if n == nil {
		return 0
	}
	line := n.Line
	for _, step := range path {
		next := child(n, step)
		if next == nil {
			return line
		}
		n, line = next, next.Line
	}
	return line
}

func child(n *yaml.Node, step any) *yaml.Node {
	if n == nil {
		return nil
	}
	switch s := step.(type) {
	case string:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == s {
				return n.Content[i+1]
			}
		}
	case int:
		if n.Kind == yaml.SequenceNode && s >= 0 && s < len(n.Content) {
			return n.Content[s]
		}
	}
	return nil
}

// ruleAt returns the id of the rule whose entry holds a line, or "".
func (l lines) ruleAt(line int) string {
	if l.root == nil {
		return ""
	}
	rules := child(l.root, "rules")
	if rules == nil || rules.Kind != yaml.SequenceNode {
		return ""
	}
	id := ""
	for _, r := range rules.Content {
		if r.Line > line {
			break
		}
		id = ""
		if n := child(r, "id"); n != nil {
			id = n.Value
		}
	}
	return id
}
