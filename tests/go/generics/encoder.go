package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Encode renders values as a JSON-like string, dispatching on the dynamic type.
func Encode[T any](v T) string {
	var b strings.Builder
	encode(&b, any(v))
	return b.String()
}

func encode(b *strings.Builder, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case string:
		b.WriteString(strconv.Quote(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			encode(b, e)
		}
		b.WriteByte(']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(strconv.Quote(k) + ":")
			encode(b, x[k])
		}
		b.WriteByte('}')
	case fmt.Stringer:
		b.WriteString(strconv.Quote(x.String()))
	default:
		b.WriteString(strconv.Quote(fmt.Sprintf("<%T>", x)))
	}
}

func ToAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func main() {
	fmt.Println(Encode(42), Encode("q\"s"), Encode(2.5), Encode(true), Encode[any](nil))
	fmt.Println(Encode(ToAny([]int{1, 2, 3})))
	fmt.Println(Encode(map[string]any{"b": []any{1, "x", nil}, "a": map[string]any{"n": 1.0}, "id": ID(7)}))
	fmt.Println(Encode(ToAny([]ID{1, 2})), Encode([]int{1}), Encode(struct{}{}))
}
