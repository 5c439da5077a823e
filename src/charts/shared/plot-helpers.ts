import type * as Plot from '@observablehq/plot';

/**
 * Adds Plot's `render` hook to a mark's options so every element it draws carries
 * `data-i` (the index of its interaction stop) and the class `tl-stop`. The client reads these
 * attributes to highlight marks; it never needs Plot itself.
 */
export function tagMarks<T extends { i: number }, O extends Plot.MarkOptions>(data: readonly T[], options: O): O {
  return {
    ...options,
    render(index, scales, values, dimensions, context, next) {
      const group = next?.(index, scales, values, dimensions, context);
      if (!group) return null;
      const children = Array.from(group.childNodes) as Element[];
      children.forEach((child, j) => {
        const datum = data[index[j] ?? -1];
        if (datum === undefined || typeof child.setAttribute !== 'function') return;
        child.setAttribute('data-i', String(datum.i));
        child.setAttribute('class', 'tl-stop');
      });
      return group;
    },
  };
}
