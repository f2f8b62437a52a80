import { Code, List, Text } from '@mantine/core';
import type { PeppolIssue } from '../../../contract/index.js';

interface PeppolIssuesListProps {
  issues: PeppolIssue[];
  testId: string;
}

/** What to fix, in the server's words, with the official rule each problem anticipates. */
export function PeppolIssuesList({ issues, testId }: PeppolIssuesListProps) {
  // Two fields failing the same rule (postal code and city) read as one thing to fix.
  const distinct = issues.filter(
    (issue, index) =>
      issues.findIndex((other) => other.rule === issue.rule && other.message === issue.message) ===
      index,
  );
  return (
    <List size="sm" spacing={4} data-testid={testId}>
      {distinct.map((issue, index) => (
        <List.Item key={`${issue.rule}-${issue.field}-${index}`} data-field={issue.field}>
          <Text span size="sm">
            {issue.message}
          </Text>{' '}
          <Code fz="xs" c="dimmed" bg="transparent" p={0}>
            {issue.rule}
          </Code>
        </List.Item>
      ))}
    </List>
  );
}
