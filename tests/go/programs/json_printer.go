package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Object struct {
	Keys   []string
	Values map[string]Value
}

func NewObject(kv ...interface{}) *Object {
	o := &Object{Values: map[string]Value{}}
	for i := 0; i < len(kv); i += 2 {
		k := kv[i].(string)
		o.Keys = append(o.Keys, k)
		o.Values[k] = kv[i+1]
	}
	return o
}

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				sb.WriteString(fmt.Sprintf(`\u%04x`, r))
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

func write(sb *strings.Builder, v Value, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		if x {
			sb.WriteString("true")
		} else {
			sb.WriteString("false")
		}
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(fmt.Sprintf("%g", x))
	case string:
		sb.WriteString(quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			write(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case *Object:
		if len(x.Keys) == 0 {
			sb.WriteString("{}")
			return
		}
		sb.WriteString("{\n")
		for i, k := range x.Keys {
			sb.WriteString(indent + "  " + quote(k) + ": ")
			write(sb, x.Values[k], indent+"  ")
			if i < len(x.Keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		sb.WriteString(fmt.Sprintf("<unsupported %T>", x))
	}
}

func main() {
	doc := NewObject(
		"name", "minigo",
		"version", 1.5,
		"stable", false,
		"tags", []Value{"go", "vm", "interp\"reter"},
		"authors", []Value{NewObject("name", "A", "commits", 120), NewObject("name", "B\tC", "commits", 7)},
		"empty", []Value{},
		"meta", NewObject(),
		"nothing", nil,
		"ctrl", "\x01\n",
		"big", 1e21,
		"weird", complex(1, 2),
	)
	var sb strings.Builder
	write(&sb, doc, "")
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
}
