// The fields of an answer paged by PageNumber/PageSize or MaxResults/NextToken (DescribeInstances,
// DescribeSnapshots; docs/ecs-api-notes.md §11.2): read leniently here, written by the emulator.

import { num, text } from './lenient-json';

export interface PagedAnswer {
  RequestId: string;
  TotalCount: number;
  PageNumber: number;
  PageSize: number;
  /** The token for the next page; "" on the last page. */
  NextToken: string;
}

export function readPagedAnswer(o: Record<string, unknown>): PagedAnswer {
  return {
    RequestId: text(o.RequestId),
    TotalCount: num(o.TotalCount),
    PageNumber: num(o.PageNumber),
    PageSize: num(o.PageSize),
    NextToken: text(o.NextToken),
  };
}
